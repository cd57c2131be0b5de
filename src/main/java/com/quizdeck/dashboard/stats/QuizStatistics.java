package com.quizdeck.dashboard.stats;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Test-level statistics of the counted attempts' total marks, as Moodle's {@code quiz_statistics\calculator}.
 * Every figure that Moodle leaves undefined for the data at hand is {@code null}.
 *
 * @param whichAttempts        which attempts were counted
 * @param attemptCount         number of counted attempts ({@code s})
 * @param maxTotalMark         sum of the slots' max marks; the 100 % of every {@link Score}
 * @param mean                 mean total mark; null without attempts
 * @param median               median total mark (mean of the two middle ones for an even count); null without attempts
 * @param standardDeviation    sample standard deviation ({@code n - 1}); null below 2 attempts
 * @param skewness             {@code k3 / k2^(3/2)}; null below 3 attempts or when all totals are equal
 * @param kurtosis             {@code k4 / k2^2}; null below 4 attempts or when all totals are equal
 * @param internalConsistency  coefficient of internal consistency (Cronbach's alpha) in percent; null below 3
 *                             attempts, with fewer than 2 slots, or when all totals are equal. Can be negative.
 * @param errorRatio           {@code 100 * sqrt(1 - CIC/100)} in percent; null where CIC is null or above 100
 * @param standardError        {@code errorRatio / 100 * standardDeviation}; null where the error ratio is null
 * @param bySelection          attempt count and mean total for each of the four {@link WhichAttempts} choices, as
 *                             Moodle shows "first attempts" and "all attempts" side by side
 */
public record QuizStatistics(
        WhichAttempts whichAttempts,
        int attemptCount,
        double maxTotalMark,
        @Nullable Score mean,
        @Nullable Score median,
        @Nullable Score standardDeviation,
        @Nullable Double skewness,
        @Nullable Double kurtosis,
        @Nullable Double internalConsistency,
        @Nullable Double errorRatio,
        @Nullable Score standardError,
        Map<WhichAttempts, SelectionSummary> bySelection) {

    public QuizStatistics {
        bySelection = Map.copyOf(bySelection);
    }
}
