package com.quizdeck.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.account.AccountService;
import com.quizdeck.quiz.AttemptSubmitted;
import com.quizdeck.quiz.AttemptSubmitted.GradedAnswer;
import com.quizdeck.study.fsrs.Card;
import com.quizdeck.study.fsrs.CardState;
import com.quizdeck.study.fsrs.Rating;
import com.quizdeck.study.fsrs.Scheduler;
import com.quizdeck.study.fsrs.SchedulerParameters;
import com.quizdeck.support.AnswerReviewsWritten;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submitted quiz attempt counts as reviews. The quiz module does not exist yet: the test publishes its event as
 * the quiz module will, inside the transaction that submits the attempt.
 */
@IntegrationTest
class QuizAnswersListenerTest {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final AtomicLong ATTEMPT_IDS = new AtomicLong(900_000);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StudyService study;
    @Autowired
    StudyFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    ReviewLogRepository reviewLog;
    @Autowired
    AnswerReviewWriter writer;

    Instant start;

    @BeforeEach
    void freezeTime() {
        start = LocalDate.now(UTC).atTime(8, 0).toInstant(ZoneOffset.UTC);
        clock.freeze(start);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long submit(StudyFixtures.Fixture f, List<GradedAnswer> answers) {
        long attemptId = ATTEMPT_IDS.incrementAndGet();
        var event = new AttemptSubmitted(attemptId, f.student().id(), f.classroom().id(), f.deckId(),
                clock.instant(), answers);
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        written();
        return attemptId;
    }

    /** The reviews are written in the background, after the submitting transaction. */
    private void written() {
        AnswerReviewsWritten.await(writer);
    }

    private GradedAnswer answer(StudyFixtures.Fixture f, int index, double fraction, Instant at) {
        var ref = f.questions().get(index);
        return new GradedAnswer(ref.questionId(), ref.versionId(), fraction, true, at);
    }

    @Test
    void a_question_answered_wrong_in_a_quiz_is_due_in_the_flashcards_within_ten_minutes() {
        var f = fixtures.create(3);
        var answeredAt = start.minus(Duration.ofMinutes(2));
        submit(f, List.of(answer(f, 1, 0.0, answeredAt)));

        // The student opens their flashcards ten minutes after answering: the card is there, due, first.
        clock.freeze(answeredAt.plus(Duration.ofMinutes(10)));
        var queue = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue();
        assertThat(queue.card().questionId()).isEqualTo(f.questions().get(1).questionId());
        assertThat(queue.card().status()).isEqualTo(CardStatus.LEARNING);
        assertThat(queue.card().due()).isBeforeOrEqualTo(answeredAt.plus(Duration.ofMinutes(10)));
        assertThat(queue.counts()).isEqualTo(new StudyCounts(2, 1, 0));

        var history = users.as(f.student(), () -> study.history(queue.card().cardId()));
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ReviewSource.QUIZ);
            assertThat(r.rating()).isEqualTo(Rating.AGAIN);
            assertThat(r.reviewedAt()).isEqualTo(answeredAt);
        });
    }

    @Test
    void a_learnt_card_answered_wrong_comes_back_within_ten_minutes_too() {
        var f = fixtures.create(1);
        var scope = StudyScope.deck(f.deckId());
        var card = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        users.as(f.student(), () -> study.rate(card.cardId(), Rating.EASY, scope, UTC));
        clock.advance(Duration.ofDays(3));

        submit(f, List.of(answer(f, 0, 0.0, clock.instant())));

        var queue = users.as(f.student(), () -> study.next(scope, UTC));
        assertThat(queue.card()).isNull();
        assertThat(queue.nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(10));
        var later = users.as(f.student(), () -> study.next(scope, UTC));
        assertThat(later.card().cardId()).isEqualTo(card.cardId());
        assertThat(later.card().status()).isEqualTo(CardStatus.RELEARNING);
        assertThat(later.card().lapses()).isEqualTo(1);
    }

    @Test
    void right_is_good_partial_is_hard_or_again_and_ungraded_or_unanswered_answers_do_not_count() {
        var f = fixtures.create(6);
        var at = start.minus(Duration.ofMinutes(30));
        var ungraded = f.questions().get(4);
        long attemptId = submit(f, List.of(
                answer(f, 0, 1.0, at),
                answer(f, 1, 0.5, at.plusSeconds(10)),
                answer(f, 2, 0.4, at.plusSeconds(20)),
                answer(f, 3, 0.0, at.plusSeconds(30)),
                new GradedAnswer(ungraded.questionId(), ungraded.versionId(), 0, false, at.plusSeconds(40)),
                new GradedAnswer(f.questions().get(5).questionId(), f.questions().get(5).versionId(), 0, true, null)));

        var session = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC));
        // Four cards reviewed; two left new.
        assertThat(session.queue().counts().newCards()).isEqualTo(2);
        var logged = reviewLog.findAll().stream().filter(r -> attemptId == (r.getSourceId() == null ? -1
                : r.getSourceId())).toList();
        assertThat(logged).extracting(ReviewLogEntry::rating)
                .containsExactly(Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.AGAIN);
        assertThat(logged).allSatisfy(r -> {
            assertThat(r.getSource()).isEqualTo(ReviewSource.QUIZ);
            assertThat(r.getStateBefore()).isEqualTo(CardStatus.NEW);
            assertThat(r.getElapsedDays()).isNull();
        });
        // Quiz answers do not use up the daily limit of new cards.
        assertThat(session.queue().newWaiting()).isZero();
    }

    @Test
    void a_card_already_reviewed_that_day_gets_a_same_day_review() {
        var f = fixtures.create(1);
        var scope = StudyScope.deck(f.deckId());
        var card = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        users.as(f.student(), () -> study.rate(card.cardId(), Rating.EASY, scope, UTC));
        var studied = clock.instant();

        var answeredAt = studied.plus(Duration.ofHours(3));
        clock.freeze(answeredAt.plus(Duration.ofMinutes(5)));
        long attemptId = submit(f, List.of(answer(f, 0, 0.0, answeredAt)));

        // What py-fsrs's scheduler gives for Again three hours after a first Easy: the short-term formula.
        var scheduler = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));
        var afterEasy = scheduler.review(Card.newCard(studied), Rating.EASY, studied).card();
        var expected = scheduler.review(afterEasy, Rating.AGAIN, answeredAt).card();
        assertThat(expected.state()).isEqualTo(CardState.RELEARNING);

        var entry = reviewLog.findAll().stream().filter(r -> Long.valueOf(attemptId).equals(r.getSourceId()))
                .findFirst().orElseThrow();
        assertThat(entry.getElapsedDays()).isZero();
        assertThat(entry.getStateBefore()).isEqualTo(CardStatus.REVIEW);
        assertThat(entry.getStabilityBefore()).isCloseTo(afterEasy.stability(), within(1e-12));
        assertThat(entry.getStabilityAfter()).isCloseTo(expected.stability(), within(1e-12));
        assertThat(entry.getDifficultyAfter()).isCloseTo(expected.difficulty(), within(1e-12));
        assertThat(entry.getDueAfter()).isEqualTo(expected.due());
        assertThat(entry.getIntervalAfterSeconds()).isEqualTo(600);
    }

    @Test
    void an_answer_given_before_the_cards_last_review_is_counted_at_that_review() {
        var f = fixtures.create(1);
        var scope = StudyScope.deck(f.deckId());
        var answeredAt = clock.instant();
        // The student studies the card after answering it and before submitting the quiz.
        clock.advance(Duration.ofMinutes(5));
        var card = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        users.as(f.student(), () -> study.rate(card.cardId(), Rating.GOOD, scope, UTC));
        var studiedAt = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        long attemptId = submit(f, List.of(answer(f, 0, 0.0, answeredAt)));

        var entry = reviewLog.findAll().stream().filter(r -> Long.valueOf(attemptId).equals(r.getSourceId()))
                .findFirst().orElseThrow();
        assertThat(entry.getReviewedAt()).isEqualTo(studiedAt);
        assertThat(entry.getDueAfter()).isEqualTo(studiedAt.plus(Duration.ofMinutes(1)));
    }

    @Test
    void the_same_attempt_is_counted_once() {
        var f = fixtures.create(2);
        var answers = new ArrayList<>(List.of(answer(f, 0, 0.0, start)));
        long attemptId = submit(f, answers);
        var again = new AttemptSubmitted(attemptId, f.student().id(), f.classroom().id(), f.deckId(), start, answers);
        transactions.executeWithoutResult(status -> events.publishEvent(again));
        written();

        assertThat(reviewLog.findAll().stream().filter(r -> Long.valueOf(attemptId).equals(r.getSourceId())))
                .hasSize(1);
    }

    @Test
    void live_answers_right_and_fast_are_easy_for_a_learnt_card_and_good_for_a_new_one() {
        var f = fixtures.create(2);
        var scope = StudyScope.deck(f.deckId());
        var card = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        users.as(f.student(), () -> study.rate(card.cardId(), Rating.EASY, scope, UTC));
        clock.advance(Duration.ofDays(2));
        var now = clock.instant();
        var refs = f.questions();
        int counted = accounts.runAsSystem(() -> transactions.execute(s -> study.recordAnswers(ReviewSource.LIVE,
                77L, f.student().id(), f.deckId(), List.of(
                        new AnswerReview(refs.get(0).questionId(), refs.get(0).versionId(), 1.0, true, now, true),
                        new AnswerReview(refs.get(1).questionId(), refs.get(1).versionId(), 1.0, true, now, true)))));
        assertThat(counted).isEqualTo(2);
        var logged = reviewLog.findAll().stream()
                .filter(r -> r.getSource() == ReviewSource.LIVE && r.getStudentId().equals(f.student().id()))
                .toList();
        assertThat(logged).extracting(ReviewLogEntry::rating).containsExactlyInAnyOrder(Rating.EASY, Rating.GOOD);
    }
}
