package com.quizdeck.study;

import com.quizdeck.live.LiveAnswerGraded;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A student's answer in a live game counts as a review of their card for that question, as quiz answers do (wrong:
 * Again; right: Good; right within {@link #FAST} counts as fast, which makes it Easy for a card already learnt).
 * Guests have no cards and cost nothing here. The review is written by {@link AnswerReviewWriter} after the game's
 * transaction has committed, off the answering thread.
 */
@Component
@RequiredArgsConstructor
class LiveAnswersListener {

    /** Right within five seconds: the player knew it without thinking it over. */
    static final Duration FAST = Duration.ofSeconds(5);

    private final AnswerReviewWriter writer;

    // fallbackExecution: an event published outside a transaction is handled at once rather than dropped.
    @TransactionalEventListener(fallbackExecution = true)
    public void on(LiveAnswerGraded event) {
        if (event.studentId() == null) {
            return;
        }
        boolean fast = event.fraction() >= 1.0 && event.answerMillis() <= FAST.toMillis();
        var review = new AnswerReview(event.questionId(), event.versionId(), event.fraction(), true,
                event.answeredAt(), fast);
        writer.write(ReviewSource.LIVE, event.sessionId(), event.studentId(), event.deckId(), List.of(review));
    }
}
