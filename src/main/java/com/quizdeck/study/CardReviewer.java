package com.quizdeck.study;

import com.quizdeck.study.fsrs.Card;
import com.quizdeck.study.fsrs.CardState;
import com.quizdeck.study.fsrs.Rating;
import com.quizdeck.study.fsrs.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Reviews a card, whatever the source: asks the scheduler, updates the card, writes the log. The one place where a
 * schedule changes (besides undo).
 */
@Component
@RequiredArgsConstructor
class CardReviewer {

    private final Scheduler scheduler;
    private final StudentCardRepository cards;
    private final ReviewLogRepository reviews;

    /**
     * Reviews {@code card} at {@code at}. A {@link ReviewSource#CRAM} review is logged and leaves the schedule as it
     * was.
     */
    ReviewLogEntry review(StudentCard card, Rating rating, Instant at, ReviewSource source, Long sourceId,
            Long versionId) {
        var before = card.snapshot();
        if (source.schedules()) {
            var result = scheduler.review(card.toFsrs(at), rating, at);
            card.apply(result.card(), rating);
            cards.save(card);
        }
        return reviews.save(new ReviewLogEntry(card, source, sourceId, versionId, rating, at, before,
                card.snapshot()));
    }

    /** The interval each rating would give the card now (without fuzz). */
    Map<Rating, Duration> preview(StudentCard card, Instant now) {
        return scheduler.previewIntervals(card.toFsrs(now), now);
    }

    /** The probability of recalling a card with this memory state now. */
    double retrievability(double stability, double difficulty, Instant lastReview, Instant now) {
        return scheduler.retrievability(new Card(CardState.REVIEW, null, stability, difficulty, lastReview, lastReview),
                now);
    }
}
