package com.quizdeck.dashboard.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes Moodle-grade quiz and item statistics from per-slot marks. Pure and stateless.
 *
 * <p>Formulas: {@code docs/decisions/003-item-statistics.md}. In short, item figures follow Moodle's
 * {@code core_question\statistics\questions\calculator} and test figures follow {@code quiz_statistics\calculator}.
 * The one deliberate difference: "all values are equal" (zero variance) is decided with a tiny tolerance instead of
 * PHP's exact float test, so that rounding noise in sums of decimal marks cannot turn an undefined statistic into a
 * huge meaningless number. Undefined results are {@code null}, never {@code NaN}.
 */
public final class QuizStatisticsCalculator {

    /** Number of bands of the score histogram when none is given: 10 bands of 10 %. */
    public static final int DEFAULT_HISTOGRAM_BUCKETS = 10;

    /** Relative tolerance under which two marks count as equal when deciding that a variance is zero. */
    private static final double EQUALITY_TOLERANCE = 1e-9;

    private QuizStatisticsCalculator() {
    }

    /** {@link #calculate(List, List, WhichAttempts, int)} with {@value #DEFAULT_HISTOGRAM_BUCKETS} histogram bands. */
    public static QuizStatisticsReport calculate(List<QuizSlot> slots, List<Attempt> attempts, WhichAttempts which) {
        return calculate(slots, attempts, which, DEFAULT_HISTOGRAM_BUCKETS);
    }

    /**
     * Selects the attempts that count under {@code which} (see {@link AttemptSelector}) and computes the statistics of
     * those attempts.
     *
     * @param slots            the quiz's slots; each attempt's {@link Attempt#marks()} follows this order
     * @param attempts         all attempts of the quiz (unfinished ones are ignored)
     * @param which            which attempts of each student count
     * @param histogramBuckets number of equal-width bands of the score histogram, at least 1
     * @throws IllegalArgumentException if an attempt has a different number of marks than there are slots, slot
     *                                  numbers repeat, or {@code histogramBuckets < 1}
     */
    public static QuizStatisticsReport calculate(
            List<QuizSlot> slots, List<Attempt> attempts, WhichAttempts which, int histogramBuckets) {
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(which, "which");
        validate(slots, attempts, histogramBuckets);

        List<Attempt> counted = AttemptSelector.select(attempts, which);
        int n = counted.size();
        int p = slots.size();
        double[][] marks = new double[n][p];
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            Attempt attempt = counted.get(i);
            for (int j = 0; j < p; j++) {
                marks[i][j] = attempt.markAt(j);
                totals[i] += marks[i][j];
            }
        }
        double maxTotalMark = 0.0;
        for (QuizSlot slot : slots) {
            maxTotalMark += slot.maxMark();
        }

        List<QuestionStatistics> questions = questionStatistics(slots, marks, totals, maxTotalMark);
        double sumOfMarkVariance = 0.0;
        for (QuestionStatistics q : questions) {
            Double variance = q.moments().markVariance();
            sumOfMarkVariance += variance == null ? 0.0 : variance;
        }
        QuizStatistics quiz = quizStatistics(which, totals, p, maxTotalMark, sumOfMarkVariance,
                AttemptSelector.summaries(attempts));
        ScoreHistogram histogram = histogram(totals, maxTotalMark, histogramBuckets);
        return new QuizStatisticsReport(quiz, questions, histogram);
    }

    /**
     * Histogram of total marks in {@code buckets} equal bands of percent of {@code maxTotalMark}. A total of exactly
     * 100 % goes to the last band; totals outside 0..100 % are clamped into the first or last band. With a maximum
     * total of 0 every score counts as 0 %.
     */
    public static ScoreHistogram histogram(double[] totalMarks, double maxTotalMark, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1: " + buckets);
        }
        int[] counts = new int[buckets];
        double width = 100.0 / buckets;
        for (double total : totalMarks) {
            double percent = maxTotalMark == 0.0 ? 0.0 : 100.0 * total / maxTotalMark;
            // The small nudge keeps 70 % computed as 69.99999999999999 in the 70-80 band.
            int band = (int) Math.floor(percent / width + 1e-9);
            counts[Math.clamp(band, 0, buckets - 1)]++;
        }
        List<ScoreHistogram.Bucket> result = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            result.add(new ScoreHistogram.Bucket(b * width, b == buckets - 1 ? 100.0 : (b + 1) * width,
                    b == buckets - 1, counts[b]));
        }
        return new ScoreHistogram(result);
    }

    private static void validate(List<QuizSlot> slots, List<Attempt> attempts, int histogramBuckets) {
        if (histogramBuckets < 1) {
            throw new IllegalArgumentException("histogramBuckets must be at least 1: " + histogramBuckets);
        }
        Set<Integer> seen = new HashSet<>();
        for (QuizSlot slot : slots) {
            if (!seen.add(slot.slot())) {
                throw new IllegalArgumentException("slot " + slot.slot() + " appears twice");
            }
        }
        for (Attempt attempt : attempts) {
            if (attempt.marks().size() != slots.size()) {
                throw new IllegalArgumentException("attempt " + attempt.attemptNumber() + " of student "
                        + attempt.studentId() + " has " + attempt.marks().size() + " marks for " + slots.size()
                        + " slots");
            }
        }
    }

    // ---------------------------------------------------------------- item statistics

    private static List<QuestionStatistics> questionStatistics(
            List<QuizSlot> slots, double[][] marks, double[] totals, double maxTotalMark) {
        int n = totals.length;
        int p = slots.size();
        ItemMoments[] moments = new ItemMoments[p];
        for (int j = 0; j < p; j++) {
            double[] mark = new double[n];
            double[] other = new double[n];
            for (int i = 0; i < n; i++) {
                mark[i] = marks[i][j];
                other[i] = totals[i] - marks[i][j];
            }
            moments[j] = moments(mark, other, totals, slots.get(j).maxMark(), maxTotalMark);
        }

        // Effective weight: only non-negative covariances with the total enter the sum (Moodle: calculate()).
        double sumOfRootCovariance = 0.0;
        for (ItemMoments m : moments) {
            Double c = m.covarianceWithOverallMark();
            if (c != null && c >= 0.0) {
                sumOfRootCovariance += Math.sqrt(c);
            }
        }

        List<QuestionStatistics> result = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            QuizSlot slot = slots.get(j);
            ItemMoments m = moments[j];
            Double covWithTotal = m.covarianceWithOverallMark();
            boolean negativeCovariance = covWithTotal != null && covWithTotal < 0.0;

            Double facility = n == 0 || slot.maxMark() == 0.0 ? null : 100.0 * m.markAverage() / slot.maxMark();
            Double sdPercent = m.standardDeviation() == null || slot.maxMark() == 0.0
                    ? null : 100.0 * m.standardDeviation() / slot.maxMark();
            Double guess = slot.randomGuessScore() == null ? null : 100.0 * slot.randomGuessScore();
            Double intended = maxTotalMark == 0.0 ? null : 100.0 * slot.maxMark() / maxTotalMark;
            Double effective = null;
            if (sumOfRootCovariance != 0.0 && !negativeCovariance && covWithTotal != null) {
                effective = 100.0 * Math.sqrt(covWithTotal) / sumOfRootCovariance;
            }
            Double discrimination = null;
            if (m.markVariance() != null && m.otherMarkVariance() != null && m.covariance() != null
                    && m.markVariance() * m.otherMarkVariance() != 0.0) {
                discrimination = 100.0 * m.covariance() / Math.sqrt(m.markVariance() * m.otherMarkVariance());
            }
            Double efficiency = null;
            if (m.covarianceMax() != null && m.covariance() != null && m.covarianceMax() != 0.0) {
                efficiency = 100.0 * m.covariance() / m.covarianceMax();
            }
            result.add(new QuestionStatistics(slot.slot(), slot.maxMark(), n, facility, sdPercent, guess, intended,
                    effective, discrimination, efficiency, negativeCovariance, m));
        }
        return result;
    }

    /**
     * Moodle's two passes: means first, then sums of products of differences from the means; sample (n - 1)
     * variances. The "max" covariance pairs the i-th smallest mark with the i-th smallest rest-of-test mark.
     */
    private static ItemMoments moments(
            double[] mark, double[] other, double[] total, double maxMark, double maxTotalMark) {
        int n = mark.length;
        if (n == 0) {
            return new ItemMoments(0.0, 0.0, null, null, null, null, null, null);
        }
        double markAverage = mean(mark);
        double otherAverage = mean(other);
        double totalAverage = mean(total);
        if (n < 2) {
            return new ItemMoments(markAverage, otherAverage, null, null, null, null, null, null);
        }
        boolean markConstant = allEqual(mark, maxMark);
        boolean otherConstant = allEqual(other, maxTotalMark - maxMark);

        double[] sortedMark = mark.clone();
        double[] sortedOther = other.clone();
        Arrays.sort(sortedMark);
        Arrays.sort(sortedOther);

        double markVarianceSum = 0.0;
        double otherVarianceSum = 0.0;
        double covarianceSum = 0.0;
        double covarianceMaxSum = 0.0;
        double covarianceWithTotalSum = 0.0;
        for (int i = 0; i < n; i++) {
            double dm = mark[i] - markAverage;
            double dother = other[i] - otherAverage;
            double dtotal = total[i] - totalAverage;
            markVarianceSum += dm * dm;
            otherVarianceSum += dother * dother;
            covarianceSum += dm * dother;
            covarianceMaxSum += (sortedMark[i] - markAverage) * (sortedOther[i] - otherAverage);
            covarianceWithTotalSum += dm * dtotal;
        }
        double d = n - 1;
        double markVariance = markConstant ? 0.0 : markVarianceSum / d;
        double otherVariance = otherConstant ? 0.0 : otherVarianceSum / d;
        double covariance = markConstant || otherConstant ? 0.0 : covarianceSum / d;
        double covarianceMax = markConstant || otherConstant ? 0.0 : covarianceMaxSum / d;
        double covarianceWithTotal = markConstant ? 0.0 : covarianceWithTotalSum / d;
        return new ItemMoments(markAverage, otherAverage, markVariance, otherVariance, covariance, covarianceMax,
                covarianceWithTotal, Math.sqrt(markVariance));
    }

    // ---------------------------------------------------------------- test statistics

    private static QuizStatistics quizStatistics(WhichAttempts which, double[] totals, int slotCount,
            double maxTotalMark, double sumOfMarkVariance, Map<WhichAttempts, SelectionSummary> bySelection) {
        int s = totals.length;
        if (s == 0) {
            return new QuizStatistics(which, 0, maxTotalMark, null, null, null, null, null, null, null, null,
                    bySelection);
        }
        double mean = mean(totals);
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        double median = s % 2 == 0 ? (sorted[s / 2 - 1] + sorted[s / 2]) / 2.0 : sorted[s / 2];

        Score sd = null;
        Double skewness = null;
        Double kurtosis = null;
        Double cic = null;
        Double errorRatio = null;
        Score standardError = null;
        if (s > 1) {
            boolean constant = allEqual(totals, maxTotalMark);
            double power2 = 0.0;
            double power3 = 0.0;
            double power4 = 0.0;
            if (!constant) {
                for (double t : totals) {
                    double diff = t - mean;
                    power2 += diff * diff;
                    power3 += diff * diff * diff;
                    power4 += diff * diff * diff * diff;
                }
            }
            double standardDeviation = Math.sqrt(power2 / (s - 1));
            sd = Score.of(standardDeviation, maxTotalMark);

            if (s > 2 && !constant) {
                double m2 = power2 / s;
                double m3 = power3 / s;
                double m4 = power4 / s;
                double k2 = s * m2 / (s - 1);
                double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
                skewness = k3 / Math.pow(k2, 1.5);
                if (s > 3) {
                    double k4 = (double) s * s * ((s + 1.0) * m4 - 3.0 * (s - 1.0) * m2 * m2)
                            / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                    kurtosis = k4 / (k2 * k2);
                }
                if (slotCount > 1) {
                    double p = slotCount;
                    cic = (100.0 * p / (p - 1.0)) * (1.0 - sumOfMarkVariance / k2);
                    double underRoot = 1.0 - cic / 100.0;
                    // Moodle stores NaN as null: a CIC above 100 % has no error ratio.
                    if (underRoot >= 0.0) {
                        errorRatio = 100.0 * Math.sqrt(underRoot);
                        standardError = Score.of(errorRatio * standardDeviation / 100.0, maxTotalMark);
                    }
                }
            }
        }
        return new QuizStatistics(which, s, maxTotalMark, Score.of(mean, maxTotalMark),
                Score.of(median, maxTotalMark), sd, skewness, kurtosis, cic, errorRatio, standardError, bySelection);
    }

    // ---------------------------------------------------------------- helpers

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** All values equal within {@value #EQUALITY_TOLERANCE} × max(1, |scale|). */
    private static boolean allEqual(double[] values, double scale) {
        double tolerance = EQUALITY_TOLERANCE * Math.max(1.0, Math.abs(scale));
        double first = values[0];
        for (double v : values) {
            if (Math.abs(v - first) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
