package com.quizdeck.study;

import com.quizdeck.study.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;

/**
 * A rating given on the study screen, and what comes next.
 *
 * @param reviewId  the review-log entry, to undo it
 * @param status    the card's status after the rating
 * @param due       when the card comes back
 * @param interval  how long until then
 */
public record RatedCard(Long reviewId, Long cardId, Rating rating, CardStatus status, Instant due, Duration interval,
        StudyQueue next) {
}
