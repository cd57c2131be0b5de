package com.quizdeck.quiz;

import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Choice;
import com.quizdeck.content.Deck;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** A teacher, their class with a student, a small deck of their own and a quiz from it. For service and view tests. */
@Component
public class QuizFixtures {

    final TestUsers users;
    final ClassroomService classrooms;
    final DeckService decks;
    final QuizService quizzes;
    final AttemptService attempts;
    final TestClock clock;

    QuizFixtures(TestUsers users, ClassroomService classrooms, DeckService decks, QuizService quizzes,
            AttemptService attempts, TestClock clock) {
        this.users = users;
        this.classrooms = classrooms;
        this.decks = decks;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.clock = clock;
    }

    public record Setup(UserSummary teacher, ClassSummary klass, UserSummary student, Long deckId, String deckSlug,
            QuizSummary quiz) {
    }

    static TrueFalseQuestion tf(String prompt, boolean answer) {
        return new TrueFalseQuestion(new QuestionHeader("tf", null, null, prompt, "Explained.", "The source says so.",
                List.of(), null), answer, null, null);
    }

    /** Six questions: true/false, single choice, short answer, numeric (auto-graded), a flashcard and an open one. */
    static List<Question> questions(TrueFalseQuestion first) {
        return List.of(first,
                new SingleChoiceQuestion(QuestionHeader.of("sc", "Pick the right one"),
                        List.of(Choice.correct("right"), Choice.wrong("wrong 1"), Choice.wrong("wrong 2")), true),
                new ShortAnswerQuestion(QuestionHeader.of("sa", "Capital of France?"), List.of(TextAnswer.of("Paris")),
                        false, false, false),
                new NumericQuestion(QuestionHeader.of("num", "Year?"),
                        List.of(NumericAnswer.Value.exactly(new BigDecimal("1996"))), null),
                new FlashcardQuestion(new QuestionHeader("fc", null, null, null, null, null, List.of(), null),
                        "Front", "Back"),
                new OpenQuestion(QuestionHeader.of("open", "Why?"), "Because."));
    }

    public Setup setup(UnaryOperator<QuizSettings> settings) {
        var teacher = users.create(Role.INSTRUCTOR);
        var student = users.create(Role.STUDENT);
        var slug = "quiz-test-" + UUID.randomUUID().toString().substring(0, 8);
        var klass = users.as(teacher, () -> classrooms.createClass("Quiz class " + slug));
        users.as(student, () -> classrooms.joinByCode(klass.joinCode()));
        var deck = users.as(teacher, () -> decks.saveDeck(
                Deck.of(slug, "Deck " + slug, questions(tf("The sky is blue.", true))), DeckOrigin.IMPORT, "test"));
        var base = QuizSettings.defaults(klass.id(), deck.deckId(), "Quiz " + slug,
                clock.instant().minusSeconds(60));
        var quiz = users.as(teacher, () -> quizzes.createQuiz(settings.apply(base)));
        return new Setup(teacher, klass, student, deck.deckId(), slug, quiz);
    }

    UserSummary classmate(Setup s) {
        var other = users.create(Role.STUDENT);
        users.as(other, () -> classrooms.joinByCode(s.klass().joinCode()));
        return other;
    }

    public static QuizSettings with(QuizSettings s, Integer timeLimit, Integer attemptsAllowed, FeedbackTiming timing) {
        return new QuizSettings(s.classId(), s.deckId(), s.title(), s.opensAt(), s.closesAt(), timeLimit,
                attemptsAllowed, s.questionCount(), s.shuffleQuestions(), s.shuffleOptions(), timing,
                s.pointsPerQuestion(), s.reviewShowsAnswers());
    }
}
