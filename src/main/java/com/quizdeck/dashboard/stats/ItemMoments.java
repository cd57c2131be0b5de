package com.quizdeck.dashboard.stats;

import org.jspecify.annotations.Nullable;

/**
 * The intermediate per-slot values of Moodle's question statistics calculator, in marks (not percent). They are the
 * columns of Moodle's {@code qstats00.csv} fixture and are kept for checking and for anyone who wants to dig deeper.
 * "Other mark" is the attempt's total minus this slot's mark (the rest of the test). Variances and covariances use
 * {@code n - 1} and are null below 2 attempts.
 *
 * @param markAverage               mean mark in this slot
 * @param otherMarkAverage          mean of the rest-of-test marks
 * @param markVariance              variance of this slot's mark
 * @param otherMarkVariance         variance of the rest-of-test mark
 * @param covariance                covariance of this slot's mark with the rest-of-test mark
 * @param covarianceMax             the same covariance after sorting both mark lists independently (the largest
 *                                  covariance those marks could have)
 * @param covarianceWithOverallMark covariance of this slot's mark with the total mark
 * @param standardDeviation         {@code sqrt(markVariance)}, in marks
 */
public record ItemMoments(
        double markAverage,
        double otherMarkAverage,
        @Nullable Double markVariance,
        @Nullable Double otherMarkVariance,
        @Nullable Double covariance,
        @Nullable Double covarianceMax,
        @Nullable Double covarianceWithOverallMark,
        @Nullable Double standardDeviation) {
}
