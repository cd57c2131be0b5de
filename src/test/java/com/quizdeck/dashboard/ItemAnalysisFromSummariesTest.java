package com.quizdeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Choice;
import com.quizdeck.content.Deck;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.dashboard.stats.OptionCount;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.SelfRating;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.quiz.AnswerSummaries;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.QuizService;
import com.quizdeck.quiz.QuizSettings;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item analysis reads the short answer summary each attempt gets when it is submitted; before summaries it read every
 * stored answer with its JSON. Both must give the same analysis, to the last bit, for every kind of attempt: submitted
 * by the student, submitted by the deadline job or on the student's return after the deadline, abandoned (not
 * counted), still in progress (not counted), with unanswered questions, with a subset of the deck's questions drawn,
 * and before and after the teacher edited a question (a new version, which later attempts show). A submitted
 * attempt's grades never change afterwards (there is no regrading), so the summary is written once.
 */
@IntegrationTest
class ItemAnalysisFromSummariesTest {

    @Autowired
    TestUsers users;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    DeckService decks;
    @Autowired
    QuizService quizzes;
    @Autowired
    AttemptService attempts;
    @Autowired
    AccountService accounts;
    @Autowired
    DashboardService dashboards;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final SplittableRandom random = new SplittableRandom(8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_analysis_from_summaries_equals_the_analysis_from_every_stored_answer() throws Exception {
        var teacher = users.create(Role.INSTRUCTOR);
        var slug = "sum-" + UUID.randomUUID().toString().substring(0, 8);
        var klass = users.as(teacher, () -> classrooms.createClass("Summary class " + slug));
        var students = new ArrayList<UserSummary>();
        for (int i = 0; i < 6; i++) {
            var student = users.create(Role.STUDENT);
            users.as(student, () -> classrooms.joinByCode(klass.joinCode()));
            students.add(student);
        }
        double third = 100.0 / 3;
        var deck = users.as(teacher, () -> decks.saveDeck(Deck.of(slug, "Deck " + slug, List.of(
                new SingleChoiceQuestion(QuestionHeader.of("sc", "Which treaty?"), List.of(Choice.correct("Alpha"),
                        Choice.wrong("Beta"), Choice.wrong("Gamma"), Choice.wrong("Delta")), true),
                new MultipleResponseQuestion(QuestionHeader.of("mr", "Which are primes?"), List.of(
                        new Choice("2", third, null), new Choice("3", third, null), new Choice("5", third, null),
                        new Choice("4", -50, null), new Choice("9", -50, null)), true),
                new TrueFalseQuestion(new QuestionHeader("tf", null, null, "The sky is blue.", null, null, List.of(),
                        null), true, null, null),
                new ShortAnswerQuestion(QuestionHeader.of("sa", "Capital of France?"), List.of(TextAnswer.of("Paris")),
                        false, false, false),
                new OpenQuestion(QuestionHeader.of("op", "Why?"), null),
                new FlashcardQuestion(QuestionHeader.of("fc", null), "Bonjour", "Hello"))),
                DeckOrigin.IMPORT, "test"));
        // Five of the six questions per attempt, in random order, options shuffled; ten minutes per attempt.
        var settings = new QuizSettings(klass.id(), deck.deckId(), "Quiz " + slug, clock.instant().minusSeconds(60),
                null, 10, null, 5, true, true, FeedbackTiming.AFTER_SUBMIT, 2, true);
        var quizId = users.as(teacher, () -> quizzes.createQuiz(settings)).id();

        for (var student : students) {
            submitted(student, quizId);
        }
        // The teacher changes the single-choice question: the key moves to B and an option is added.
        var sc = users.as(teacher, () -> decks.currentQuestions(deck.deckId())).stream()
                .filter(q -> q.questionKey().equals("sc")).findFirst().orElseThrow();
        users.as(teacher, () -> decks.saveQuestion(deck.deckId(), sc.questionId(), sc.versionId(),
                new SingleChoiceQuestion(QuestionHeader.of("sc", "Which treaty?"), List.of(Choice.wrong("Alpha"),
                        Choice.correct("Beta"), Choice.wrong("Gamma"), Choice.wrong("Delta"),
                        Choice.wrong("Epsilon")), true)));
        for (var student : students.subList(0, 3)) {
            submitted(student, quizId);
        }
        // The deadline passes: the job submits one attempt, another is submitted when its student comes back, one
        // without a single answer is abandoned; one attempt is still in progress.
        var byJob = started(students.get(3), quizId, true);
        var onReturn = started(students.get(4), quizId, true);
        var abandoned = started(students.get(5), quizId, false);
        clock.advance(Duration.ofMinutes(11));
        accounts.runAsSystem(() -> attempts.finishOverdue(byJob));
        accounts.runAsSystem(() -> attempts.finishOverdue(abandoned));
        users.as(students.get(4), () -> attempts.resume(onReturn));
        var inProgress = started(students.get(0), quizId, true);
        submitted(students.get(1), quizId);

        assertThat(states(quizId)).containsEntry(byJob, "SUBMITTED").containsEntry(onReturn, "SUBMITTED")
                .containsEntry(abandoned, "ABANDONED").containsEntry(inProgress, "IN_PROGRESS");
        var written = summaries(quizId);
        assertThat(written).hasSize(12).doesNotContainKeys(abandoned, inProgress)
                .allSatisfy((id, summary) -> assertThat(summary.split(" ")).hasSize(5));

        var fromSummaries = analyses(teacher, quizId);
        var all = fromSummaries.get(WhichAttempts.ALL);
        assertThat(all.report().quiz().attemptCount()).isEqualTo(12);
        assertThat(all.items()).hasSize(6);
        var choice = all.items().stream().filter(i -> i.prompt().equals("Which treaty?")).findFirst().orElseThrow();
        assertThat(choice.options()).extracting(ItemAnalysis.Option::label).containsExactly("A", "B", "C", "D", "E");
        assertThat(choice.distractors().options()).extracting(OptionCount::count).anySatisfy(c -> assertThat(c)
                .isPositive());

        // As item analysis read them before summaries existed: every stored answer.
        jdbc.update("update quiz_attempt set answer_summary = null where quiz_id = ?", quizId);
        assertThat(summaries(quizId)).isEmpty();
        var fromAnswers = analyses(teacher, quizId);
        for (var which : WhichAttempts.values()) {
            assertThat(fromSummaries.get(which)).as(which.name()).usingRecursiveComparison()
                    .isEqualTo(fromAnswers.get(which));
            assertThat(fromSummaries.get(which)).as(which.name()).isEqualTo(fromAnswers.get(which));
        }

        // The V10.1 migration's backfill writes what the submissions wrote.
        assertThat(AnswerSummaries.backfill(dataSource)).isGreaterThanOrEqualTo(12);
        assertThat(summaries(quizId)).isEqualTo(written);
        assertThat(analyses(teacher, quizId)).isEqualTo(fromSummaries);
    }

    /** Starts an attempt, answers at random (some questions left out) and submits it. */
    private Long submitted(UserSummary student, Long quizId) {
        var attemptId = started(student, quizId, true);
        users.as(student, () -> attempts.submit(attemptId));
        return attemptId;
    }

    private Long started(UserSummary student, Long quizId, boolean answer) {
        return users.as(student, () -> {
            var attemptId = attempts.start(quizId);
            if (answer) {
                for (var item : attempts.resume(attemptId).items()) {
                    var response = randomResponse(item.question().type());
                    if (response != null) {
                        attempts.saveAnswer(attemptId, item.position(), response, item.version());
                    }
                }
            }
            return attemptId;
        });
    }

    private Response randomResponse(com.quizdeck.content.QuestionType type) {
        if (random.nextInt(6) == 0) {
            return null;
        }
        return switch (type) {
            case SINGLE_CHOICE -> new ChoiceResponse(random.nextInt(4));
            case MULTIPLE_RESPONSE -> {
                var chosen = new HashSet<Integer>();
                for (int i = 0; i < 5; i++) {
                    if (random.nextBoolean()) {
                        chosen.add(i);
                    }
                }
                yield chosen.isEmpty() ? null : new MultiChoiceResponse(chosen);
            }
            case TRUE_FALSE -> new TrueFalseResponse(random.nextBoolean());
            case SHORT_ANSWER -> new TextResponse(random.nextBoolean() ? "Paris" : "Lyon");
            case OPEN -> new OpenResponse("Because of the weather.");
            case FLASHCARD -> new SelfRatedResponse(SelfRating.values()[random.nextInt(4)]);
            default -> null;
        };
    }

    private Map<WhichAttempts, ItemAnalysis> analyses(UserSummary teacher, Long quizId) {
        var result = new EnumMap<WhichAttempts, ItemAnalysis>(WhichAttempts.class);
        for (var which : WhichAttempts.values()) {
            dashboards.forgetAnalyses();
            result.put(which, users.as(teacher, () -> dashboards.itemAnalysis(quizId, which)));
        }
        return result;
    }

    private Map<Long, String> summaries(Long quizId) {
        var result = new LinkedHashMap<Long, String>();
        jdbc.query("select id, answer_summary from quiz_attempt where quiz_id = ? and answer_summary is not null"
                + " order by id", rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                }, quizId);
        return result;
    }

    private Map<Long, String> states(Long quizId) {
        var result = new LinkedHashMap<Long, String>();
        jdbc.query("select id, state from quiz_attempt where quiz_id = ?", rs -> {
            result.put(rs.getLong(1), rs.getString(2));
        }, quizId);
        return result;
    }
}
