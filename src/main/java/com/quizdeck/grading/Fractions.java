package com.quizdeck.grading;

import com.quizdeck.content.Weights;

/** Turning percentages and sums into fractions a {@link Grade} accepts. */
final class Fractions {

    /**
     * How close to 0 or 1 a fraction must be to count as 0 or 1: Moodle writes thirds as 33.33333, so three of
     * them make 0.9999999, which is full credit. A hundredth of a percent, well inside the content rules'
     * rounding of weight sums to a whole percent.
     */
    static final double SNAP = 0.01 / Weights.FULL;

    private Fractions() {
    }

    /** A weight in percent as a fraction, not yet clamped. */
    static double ofPercent(double weight) {
        return weight / Weights.FULL;
    }

    /** Into {@code [0, 1]}: below 0 is 0 (Moodle never takes more than the question is worth), above 1 is 1. */
    static double clamp(double fraction) {
        if (Double.isNaN(fraction)) {
            throw new IllegalStateException("a grade came out as NaN; a weight in the question is not a number");
        }
        if (fraction <= SNAP) {
            return 0;
        }
        if (fraction >= 1 - SNAP) {
            return 1;
        }
        return fraction;
    }
}
