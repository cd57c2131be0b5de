package com.quizdeck.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.live.LiveAnswerGraded;
import com.quizdeck.study.fsrs.Rating;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A live-game answer counts as a flashcard review, as the live module publishes it. */
@IntegrationTest
class LiveAnswersListenerTest {

    static final ZoneId UTC = ZoneOffset.UTC;

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
    AnswerReviewWriter writer;
    @Autowired
    StudentCardRepository cards;

    Instant start;

    @BeforeEach
    void freezeTime() {
        start = LocalDate.now(UTC).atTime(9, 0).toInstant(ZoneOffset.UTC);
        clock.freeze(start);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_question_missed_in_a_live_game_is_due_in_the_flashcards_within_ten_minutes() {
        var f = fixtures.create(2);
        var ref = f.questions().get(1);
        var answeredAt = start.minus(Duration.ofMinutes(1));
        transactions.executeWithoutResult(status -> events.publishEvent(new LiveAnswerGraded(4242L, f.student().id(),
                f.deckId(), ref.questionId(), ref.versionId(), 0.0, 7_000, answeredAt)));
        written();

        clock.freeze(answeredAt.plus(Duration.ofMinutes(10)));
        var queue = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue();
        assertThat(queue.card().questionId()).isEqualTo(ref.questionId());
        var history = users.as(f.student(), () -> study.history(queue.card().cardId()));
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ReviewSource.LIVE);
            assertThat(r.rating()).isEqualTo(Rating.AGAIN);
        });
    }

    @Test
    void a_guests_answer_reviews_nothing() {
        var f = fixtures.create(1);
        var ref = f.questions().getFirst();
        transactions.executeWithoutResult(status -> events.publishEvent(new LiveAnswerGraded(4243L, null,
                f.deckId(), ref.questionId(), ref.versionId(), 1.0, 2_000, start)));
        written();
        var queue = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue();
        assertThat(users.as(f.student(), () -> study.history(queue.card().cardId()))).isEmpty();
    }

    @Test
    void every_answer_of_a_game_counts_not_only_the_first() throws InterruptedException {
        var f = fixtures.create(3);
        var refs = f.questions();
        // One game, three questions, answered one after the other (each in its own transaction, as players do).
        for (int i = 0; i < 3; i++) {
            var ref = refs.get(i);
            var at = start.minus(Duration.ofMinutes(3 - i));
            double fraction = i == 1 ? 0.0 : 1.0;
            transactions.executeWithoutResult(status -> events.publishEvent(new LiveAnswerGraded(4244L,
                    f.student().id(), f.deckId(), ref.questionId(), ref.versionId(), fraction, 9_000, at)));
        }
        written();

        var queue = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue();
        assertThat(queue.counts().newCards()).as("no card left new").isZero();
        for (var ref : refs) {
            var card = cards.findByStudentIdAndQuestionId(f.student().id(), ref.questionId()).orElseThrow().getId();
            assertThat(users.as(f.student(), () -> study.history(card))).singleElement()
                    .satisfies(r -> assertThat(r.source()).isEqualTo(ReviewSource.LIVE));
        }
    }

    @Test
    void a_concurrent_class_answering_at_once_does_not_wait_for_database_connections() throws Exception {
        // More simultaneous answers than the pool has connections (10): each answering transaction must be able to
        // commit without a second connection for the review (it used to need one, and the pool ran dry for 30 s).
        var f = fixtures.create(1);
        var ref = f.questions().getFirst();
        int players = 40;
        var ready = new CyclicBarrier(players);
        try (var pool = Executors.newFixedThreadPool(players)) {
            var done = new ArrayList<Future<?>>();
            for (int i = 0; i < players; i++) {
                done.add(pool.submit(() -> {
                    ready.await();
                    transactions.executeWithoutResult(status -> {
                        // Hold a connection as the answer's own write does, then publish.
                        status.flush();
                        events.publishEvent(new LiveAnswerGraded(4245L, f.student().id(), f.deckId(),
                                ref.questionId(), ref.versionId(), 1.0, 2_000, start));
                    });
                    return null;
                }));
            }
            for (var d : done) {
                d.get(20, TimeUnit.SECONDS); // a starved pool hangs for 30 s, then fails
            }
        }
        written();
        var card = cards.findByStudentIdAndQuestionId(f.student().id(), ref.questionId()).orElseThrow().getId();
        assertThat(users.as(f.student(), () -> study.history(card))).as("one review per game and question").hasSize(1);
    }

    private void written() {
        AnswerReviewsWritten.await(writer);
    }
}
