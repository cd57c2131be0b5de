package com.quizdeck.content;

import java.math.BigDecimal;

/** Weights are percentages, as in Moodle: 100 is full credit, negative values take credit away. */
public final class Weights {

    public static final double FULL = 100;

    private Weights() {
    }

    /**
     * Whether positive weights add up to full credit. Like Moodle, which rounds the sum of
     * fractions to two decimals, the sum is rounded to a whole percent: thirds written as 33.33
     * (99.99) or 33.33333 count as 100.
     */
    public static boolean sumsToFull(double sum) {
        return Math.round(sum) == Math.round(FULL);
    }

    /** {@code 50}, {@code -100}, {@code 33.33333}: no trailing zeros, no exponent. */
    public static String format(double weight) {
        if (weight == Math.rint(weight) && Math.abs(weight) < 1e15) {
            return Long.toString((long) weight);
        }
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }
}
