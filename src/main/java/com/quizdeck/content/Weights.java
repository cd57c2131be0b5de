package com.quizdeck.content;

import java.math.BigDecimal;

/** Weights are percentages, as in Moodle: 100 is full credit, negative values take credit away. */
public final class Weights {

    public static final double FULL = 100;

    /**
     * How far the positive weights of a multiple_response may be from 100: Moodle writes thirds
     * as 33.33333, which sum to 99.99999.
     */
    public static final double SUM_TOLERANCE = 0.01;

    private Weights() {
    }

    /** {@code 50}, {@code -100}, {@code 33.33333}: no trailing zeros, no exponent. */
    public static String format(double weight) {
        if (weight == Math.rint(weight) && Math.abs(weight) < 1e15) {
            return Long.toString((long) weight);
        }
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }
}
