package com.quizdeck.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.live.LiveAnswerGraded;
import com.quizdeck.study.fsrs.Rating;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        var queue = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue();
        assertThat(users.as(f.student(), () -> study.history(queue.card().cardId()))).isEmpty();
    }
}
