package com.quizdeck.study;

import com.quizdeck.study.fsrs.Rating;

/**
 * How a graded answer in a quiz or live session becomes an FSRS rating (docs/decisions/005-flashcards.md).
 *
 * <ul>
 * <li>Full credit is Good: recalled. Right and fast (live play) is Easy, but only for a card already in review:
 * Easy on a new or learning card would skip its learning steps on the strength of one quick answer.</li>
 * <li>Partial credit of at least half is Hard: recalled, but not all of it. FSRS counts Hard as a pass, with a
 * smaller gain in stability.</li>
 * <li>Less than half, or nothing, is Again: forgotten.</li>
 * </ul>
 */
final class ReviewRatings {

    static final double HARD_FROM = 0.5;

    private ReviewRatings() {
    }

    static Rating forAnswer(double fraction, boolean fast, CardStatus status) {
        if (fraction >= 1) {
            return fast && status == CardStatus.REVIEW ? Rating.EASY : Rating.GOOD;
        }
        return fraction >= HARD_FROM ? Rating.HARD : Rating.AGAIN;
    }
}
