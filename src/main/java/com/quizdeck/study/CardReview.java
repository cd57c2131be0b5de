package com.quizdeck.study;

import com.quizdeck.study.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;

/**
 * One entry of a card's review log, as the student sees it.
 *
 * @param interval the interval the review gave (due after minus review time); zero for practice
 */
public record CardReview(Long reviewId, Instant reviewedAt, Rating rating, ReviewSource source, CardStatus before,
        CardStatus after, Instant dueAfter, Duration interval) {
}
