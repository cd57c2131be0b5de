package com.quizdeck.study;

import java.time.LocalDate;

/**
 * One day of a student's reviews, in their time zone.
 *
 * @param reviews        every review that day, from every source
 * @param recallReviews  reviews of cards in the review state (learnt cards), outside practice: what retention counts
 * @param recalled       of those, the ones not rated Again
 */
public record DayActivity(LocalDate day, int reviews, int recallReviews, int recalled) {

    /** Share of learnt cards recalled that day; null when there was none to recall. */
    public Double retention() {
        return recallReviews == 0 ? null : (double) recalled / recallReviews;
    }
}
