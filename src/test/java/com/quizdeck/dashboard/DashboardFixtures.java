package com.quizdeck.dashboard;

import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Choice;
import com.quizdeck.content.Deck;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.QuizService;
import com.quizdeck.quiz.QuizSettings;
import com.quizdeck.quiz.QuizSummary;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A teacher's class with students who took a three-question quiz through the real quiz services: a single-choice
 * question (key A, distractors B, C, D), a true/false question (true) and a short answer ("Paris").
 */
@Component
class DashboardFixtures {

    final TestUsers users;
    final ClassroomService classrooms;
    final DeckService decks;
    final QuizService quizzes;
    final AttemptService attempts;
    final TestClock clock;

    DashboardFixtures(TestUsers users, ClassroomService classrooms, DeckService decks, QuizService quizzes,
            AttemptService attempts, TestClock clock) {
        this.users = users;
        this.classrooms = classrooms;
        this.decks = decks;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.clock = clock;
    }

    record Setup(UserSummary teacher, ClassSummary klass, List<UserSummary> students, Long deckId, QuizSummary quiz) {
    }

    /**
     * One answer sheet: the option chosen in the single-choice question (0 = A, the key; null: unanswered), the
     * true/false answer and the short answer.
     */
    record Sheet(Integer choice, Boolean trueFalse, String text) {
    }

    Setup setup(int students) {
        var teacher = users.create(Role.INSTRUCTOR);
        var slug = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        var klass = users.as(teacher, () -> classrooms.createClass("Dashboard class " + slug));
        var list = new ArrayList<UserSummary>();
        for (int i = 0; i < students; i++) {
            var student = users.create(Role.STUDENT);
            users.as(student, () -> classrooms.joinByCode(klass.joinCode()));
            list.add(student);
        }
        var deck = users.as(teacher, () -> decks.saveDeck(Deck.of(slug, "Deck " + slug, List.of(
                new SingleChoiceQuestion(QuestionHeader.of("sc", "Which treaty?"), List.of(Choice.correct("Alpha"),
                        Choice.wrong("Beta"), Choice.wrong("Gamma"), Choice.wrong("Delta")), true),
                new TrueFalseQuestion(new QuestionHeader("tf", null, null, "The sky is blue.", null, null, List.of(),
                        null), true, null, null),
                new ShortAnswerQuestion(QuestionHeader.of("sa", "Capital of France?"), List.of(TextAnswer.of("Paris")),
                        false, false, false))), DeckOrigin.IMPORT, "test"));
        var settings = QuizSettings.defaults(klass.id(), deck.deckId(), "Quiz " + slug, clock.instant().minusSeconds(60));
        var quiz = users.as(teacher, () -> quizzes.createQuiz(settings));
        return new Setup(teacher, klass, list, deck.deckId(), quiz);
    }

    /** Starts an attempt, answers as the sheet says and submits it; returns the attempt id. */
    Long take(UserSummary student, Long quizId, Sheet sheet) {
        return users.as(student, () -> {
            var attemptId = attempts.start(quizId);
            var page = attempts.resume(attemptId);
            for (var item : page.items()) {
                Response response = switch (item.question().type()) {
                    case SINGLE_CHOICE -> sheet.choice() == null ? null : new ChoiceResponse(sheet.choice());
                    case TRUE_FALSE -> sheet.trueFalse() == null ? null : new TrueFalseResponse(sheet.trueFalse());
                    case SHORT_ANSWER -> sheet.text() == null ? null : new TextResponse(sheet.text());
                    default -> null;
                };
                if (response != null) {
                    attempts.saveAnswer(attemptId, item.position(), response, item.version());
                }
            }
            attempts.submit(attemptId);
            return attemptId;
        });
    }
}
