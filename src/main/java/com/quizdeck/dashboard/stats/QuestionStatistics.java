package com.quizdeck.dashboard.stats;

import org.jspecify.annotations.Nullable;

/**
 * Item statistics of one slot, as Moodle's {@code core_question\statistics\questions\calculator} computes them and
 * its statistics table shows them. Percent values are on a 0..100 scale. Undefined values are {@code null}.
 *
 * @param slot                     the slot number
 * @param maxMark                  the slot's max mark
 * @param attemptCount             number of counted attempts at this slot ({@code s})
 * @param facilityIndex            100 × mean mark / max mark; null when the max mark is 0
 * @param standardDeviation        sample standard deviation of the mark as percent of the max mark; null below 2
 *                                 attempts or when the max mark is 0
 * @param randomGuessScore         100 × the slot's random guess fraction; null where it cannot be estimated
 * @param intendedWeight           100 × max mark / sum of all max marks; null when that sum is 0
 * @param effectiveWeight          100 × sqrt(cov(mark, total)) / Σ over slots of sqrt(cov(mark, total)) (only
 *                                 non-negative covariances enter the sum); null when this slot's covariance with the
 *                                 total is negative ({@link #negativeCovariance()}) or the sum is 0
 * @param discriminationIndex      100 × correlation of the slot's mark with the rest of the test; null when either
 *                                 variance is 0 or there are fewer than 2 attempts
 * @param discriminativeEfficiency 100 × covariance / covarianceMax; null when covarianceMax is 0 or undefined
 * @param negativeCovariance       the slot's mark correlates negatively with the total mark (Moodle's
 *                                 {@code negcovar}); the report shows a warning instead of an effective weight
 * @param moments                  the raw intermediate values, in marks
 */
public record QuestionStatistics(
        int slot,
        double maxMark,
        int attemptCount,
        @Nullable Double facilityIndex,
        @Nullable Double standardDeviation,
        @Nullable Double randomGuessScore,
        @Nullable Double intendedWeight,
        @Nullable Double effectiveWeight,
        @Nullable Double discriminationIndex,
        @Nullable Double discriminativeEfficiency,
        boolean negativeCovariance,
        ItemMoments moments) {

    /** Moodle's statistics table marks a question "dubious" when its discriminative efficiency is below 15 %. */
    public static final double DUBIOUS_EFFICIENCY_BELOW = 15.0;

    /** Whether Moodle would flag this question as possibly not pulling its weight. */
    public boolean dubious() {
        return discriminativeEfficiency != null && discriminativeEfficiency < DUBIOUS_EFFICIENCY_BELOW;
    }
}
