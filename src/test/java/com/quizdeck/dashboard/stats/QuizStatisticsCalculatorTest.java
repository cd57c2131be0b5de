package com.quizdeck.dashboard.stats;

import static com.quizdeck.dashboard.stats.NoNaN.assertNoNaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Small cases whose statistics can be worked out by hand (the workings are in the comments). */
class QuizStatisticsCalculatorTest {

    private static final Offset<Double> EPS = within(1e-9);

    private static int studentCounter;

    private static Attempt attempt(Double... marks) {
        return new Attempt("student" + ++studentCounter, 1, Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
                Arrays.asList(marks));
    }

    private static List<QuizSlot> slots(double... maxMarks) {
        List<QuizSlot> slots = new ArrayList<>();
        for (int i = 0; i < maxMarks.length; i++) {
            slots.add(QuizSlot.of(i + 1, maxMarks[i]));
        }
        return slots;
    }

    private static QuizStatisticsReport all(List<QuizSlot> slots, Attempt... attempts) {
        return QuizStatisticsCalculator.calculate(slots, List.of(attempts), WhichAttempts.ALL);
    }

    @Test
    void questionEveryoneGetsRightHasFacility100AndUndefinedDiscrimination() {
        QuizStatisticsReport report = all(slots(1, 1),
                attempt(1.0, 1.0), attempt(1.0, 0.0), attempt(1.0, 0.0));

        QuestionStatistics easy = report.questions().getFirst();
        assertThat(easy.facilityIndex()).isCloseTo(100.0, EPS);
        assertThat(easy.standardDeviation()).isCloseTo(0.0, EPS);
        assertThat(easy.discriminationIndex()).isNull();
        assertThat(easy.discriminativeEfficiency()).isNull();
        assertThat(easy.dubious()).isFalse();
        // cov(mark, total) = 0: a weight of 0, not a negative covariance.
        assertThat(easy.negativeCovariance()).isFalse();
        assertThat(easy.effectiveWeight()).isCloseTo(0.0, EPS);
        assertThat(report.questions().get(1).effectiveWeight()).isCloseTo(100.0, EPS);
        assertNoNaN(report);
    }

    @Test
    void constantDecimalMarksCountAsZeroVarianceDespiteRounding() {
        // 0.1 + 0.2 is not exactly 0.3 in binary; the rest-of-test marks differ by one ulp only.
        QuizStatisticsReport report = all(slots(1, 1, 1),
                attempt(0.3, 0.1, 0.2), attempt(0.3, 0.2, 0.1), attempt(0.3, 0.3, 0.0));
        QuestionStatistics first = report.questions().getFirst();
        assertThat(first.discriminationIndex()).isNull();
        assertThat(first.discriminativeEfficiency()).isNull();
        assertThat(report.quiz().skewness()).isNull();
        assertThat(report.quiz().internalConsistency()).isNull();
        assertNoNaN(report);
    }

    @Test
    void twoAttempts() {
        // Totals 2 and 0. Slot 1: marks 1, 0, mean 0.5, variance (0.25 + 0.25) / 1 = 0.5; the rest of the test
        // (slot 2) is the same, so covariance 0.5 and correlation 1. cov(mark, total) = (0.5 * 1 + 0.5 * 1) / 1 = 1
        // for both slots, so each gets half of the effective weight.
        QuizStatisticsReport report = all(slots(1, 1), attempt(1.0, 1.0), attempt(0.0, 0.0));

        QuestionStatistics q = report.questions().getFirst();
        assertThat(q.attemptCount()).isEqualTo(2);
        assertThat(q.facilityIndex()).isCloseTo(50.0, EPS);
        assertThat(q.standardDeviation()).isCloseTo(100.0 * Math.sqrt(0.5), EPS);
        assertThat(q.discriminationIndex()).isCloseTo(100.0, EPS);
        assertThat(q.discriminativeEfficiency()).isCloseTo(100.0, EPS);
        assertThat(q.intendedWeight()).isCloseTo(50.0, EPS);
        assertThat(q.effectiveWeight()).isCloseTo(50.0, EPS);
        assertThat(q.moments().covarianceWithOverallMark()).isCloseTo(1.0, EPS);

        QuizStatistics quiz = report.quiz();
        assertThat(quiz.attemptCount()).isEqualTo(2);
        assertThat(quiz.mean()).isEqualTo(new Score(1.0, 50.0));
        assertThat(quiz.median()).isEqualTo(new Score(1.0, 50.0));
        assertThat(quiz.standardDeviation().marks()).isCloseTo(Math.sqrt(2.0), EPS);
        assertThat(quiz.standardDeviation().percent()).isCloseTo(50.0 * Math.sqrt(2.0), EPS);
        // Moodle needs 3 attempts for skewness and CIC, 4 for kurtosis.
        assertThat(quiz.skewness()).isNull();
        assertThat(quiz.kurtosis()).isNull();
        assertThat(quiz.internalConsistency()).isNull();
        assertThat(quiz.errorRatio()).isNull();
        assertThat(quiz.standardError()).isNull();
        assertNoNaN(report);
    }

    @Test
    void threeAttemptsWorkedByHand() {
        // Marks (1,1), (1,0), (0,0): totals 2, 1, 0, mean 1, sum of squares 2, sd 1, k2 = 1.
        // Slot variances: 1/3 each, sum 2/3, so CIC = 100 * 2/1 * (1 - (2/3) / 1) = 66.67 %,
        // error ratio = 100 * sqrt(1 - 0.6667) = 57.74 %, standard error = 0.5774 * sd = 0.5774 marks.
        // Slot 1 vs rest: cov = ((1/3)(2/3) + (1/3)(-1/3) + (-2/3)(-1/3)) / 2 = 1/6, DI = 100 * (1/6) / (1/3) = 50.
        // Sorted pairs give the same 1/6, so DE = 100.
        QuizStatisticsReport report = all(slots(1, 1), attempt(1.0, 1.0), attempt(1.0, 0.0), attempt(0.0, 0.0));

        QuizStatistics quiz = report.quiz();
        assertThat(quiz.mean().marks()).isCloseTo(1.0, EPS);
        assertThat(quiz.median().marks()).isCloseTo(1.0, EPS);
        assertThat(quiz.standardDeviation().marks()).isCloseTo(1.0, EPS);
        assertThat(quiz.skewness()).isCloseTo(0.0, EPS);
        assertThat(quiz.kurtosis()).isNull();
        assertThat(quiz.internalConsistency()).isCloseTo(200.0 / 3.0, EPS);
        assertThat(quiz.errorRatio()).isCloseTo(100.0 * Math.sqrt(1.0 / 3.0), EPS);
        assertThat(quiz.standardError().marks()).isCloseTo(Math.sqrt(1.0 / 3.0), EPS);

        QuestionStatistics first = report.questions().getFirst();
        assertThat(first.facilityIndex()).isCloseTo(200.0 / 3.0, EPS);
        assertThat(first.moments().markVariance()).isCloseTo(1.0 / 3.0, EPS);
        assertThat(first.moments().covariance()).isCloseTo(1.0 / 6.0, EPS);
        assertThat(first.discriminationIndex()).isCloseTo(50.0, EPS);
        assertThat(first.discriminativeEfficiency()).isCloseTo(100.0, EPS);
        assertThat(first.effectiveWeight()).isCloseTo(50.0, EPS);
    }

    @Test
    void kurtosisNeedsFourAttempts() {
        // Totals 0, 0, 2, 2: mean 1, all deviations ±1: m2 = 1, m4 = 1, k2 = 4/3,
        // k4 = 16 * (5 * 1 - 3 * 3 * 1) / (3 * 2 * 1) = -32/3, kurtosis = k4 / k2^2 = -6.
        QuizStatisticsReport report = all(slots(1, 1),
                attempt(0.0, 0.0), attempt(0.0, 0.0), attempt(1.0, 1.0), attempt(1.0, 1.0));
        assertThat(report.quiz().kurtosis()).isCloseTo(-6.0, EPS);
        assertThat(report.quiz().skewness()).isCloseTo(0.0, EPS);
        assertThat(report.quiz().median().marks()).isCloseTo(1.0, EPS);
    }

    @Test
    void allTotalsEqualGivesNullsNotNaN() {
        // Every attempt scores 1 of 2, in different slots: each slot varies, the total does not.
        QuizStatisticsReport report = all(slots(1, 1),
                attempt(1.0, 0.0), attempt(0.0, 1.0), attempt(1.0, 0.0), attempt(0.0, 1.0));
        QuizStatistics quiz = report.quiz();
        assertThat(quiz.standardDeviation().marks()).isZero();
        assertThat(quiz.skewness()).isNull();
        assertThat(quiz.kurtosis()).isNull();
        assertThat(quiz.internalConsistency()).isNull();
        assertThat(quiz.errorRatio()).isNull();
        assertThat(quiz.standardError()).isNull();
        // Each slot is perfectly anti-correlated with the rest of the test.
        assertThat(report.questions().getFirst().discriminationIndex()).isCloseTo(-100.0, EPS);
        assertNoNaN(report);
    }

    @Test
    void negativeCovarianceWithTotalHasNoEffectiveWeight() {
        // Slot 3 is right exactly when slots 1 and 2 are wrong.
        QuizStatisticsReport report = all(slots(1, 1, 1),
                attempt(1.0, 1.0, 0.0), attempt(1.0, 1.0, 0.0), attempt(0.0, 0.0, 1.0), attempt(0.0, 0.0, 1.0));
        QuestionStatistics odd = report.questions().get(2);
        assertThat(odd.negativeCovariance()).isTrue();
        assertThat(odd.effectiveWeight()).isNull();
        assertThat(odd.discriminationIndex()).isCloseTo(-100.0, EPS);
        assertThat(odd.dubious()).isTrue();
        assertThat(report.questions().get(0).effectiveWeight()).isCloseTo(50.0, EPS);
        assertThat(report.questions().get(1).effectiveWeight()).isCloseTo(50.0, EPS);
        assertNoNaN(report);
    }

    @Test
    void percentagesUseEachSlotsMaxMark() {
        // Slot 1 out of 2 marks: marks 0, 1, 2 -> facility 50 %, sd 1 mark = 50 % of 2. Intended weight 2/3.
        QuizStatisticsReport report = all(slots(2, 1), attempt(0.0, 0.0), attempt(1.0, 1.0), attempt(2.0, 1.0));
        QuestionStatistics first = report.questions().getFirst();
        assertThat(first.facilityIndex()).isCloseTo(50.0, EPS);
        assertThat(first.standardDeviation()).isCloseTo(50.0, EPS);
        assertThat(first.moments().standardDeviation()).isCloseTo(1.0, EPS);
        assertThat(first.intendedWeight()).isCloseTo(200.0 / 3.0, EPS);
        assertThat(report.quiz().maxTotalMark()).isEqualTo(3.0);
        assertThat(report.quiz().mean().marks()).isCloseTo(5.0 / 3.0, EPS);
        assertThat(report.quiz().mean().percent()).isCloseTo(100.0 * 5.0 / 9.0, EPS);
    }

    @Test
    void randomGuessScoreIsShownInPercent() {
        Double oneOfFour = RandomGuessScores.singleChoice(List.of(1.0, 0.0, 0.0, 0.0));
        List<QuizSlot> slots = List.of(new QuizSlot(1, 1, oneOfFour), new QuizSlot(2, 1, RandomGuessScores.trueFalse()),
                new QuizSlot(3, 1, RandomGuessScores.multipleResponse()));
        QuizStatisticsReport report = all(slots, attempt(1.0, 1.0, 0.0), attempt(0.0, 1.0, 1.0));
        assertThat(report.questions()).extracting(QuestionStatistics::randomGuessScore)
                .containsExactly(25.0, 50.0, null);
        assertThat(RandomGuessScores.singleChoice(List.of())).isNull();
        assertThat(RandomGuessScores.shortAnswer(null)).isZero();
        assertThat(RandomGuessScores.shortAnswer(0.2)).isEqualTo(0.2);
    }

    @Test
    void oneAttemptHasAMeanButNoSpread() {
        QuizStatisticsReport report = all(slots(1, 1), attempt(1.0, 0.0));
        assertThat(report.quiz().mean()).isEqualTo(new Score(1.0, 50.0));
        assertThat(report.quiz().median()).isEqualTo(new Score(1.0, 50.0));
        assertThat(report.quiz().standardDeviation()).isNull();
        QuestionStatistics q = report.questions().getFirst();
        assertThat(q.facilityIndex()).isCloseTo(100.0, EPS);
        assertThat(q.standardDeviation()).isNull();
        assertThat(q.discriminationIndex()).isNull();
        assertThat(q.discriminativeEfficiency()).isNull();
        assertThat(q.effectiveWeight()).isNull();
        assertNoNaN(report);
    }

    @Test
    void noAttemptsGivesNullsAndAnEmptyHistogram() {
        QuizStatisticsReport report = QuizStatisticsCalculator.calculate(slots(1, 1), List.of(), WhichAttempts.FIRST);
        assertThat(report.quiz().attemptCount()).isZero();
        assertThat(report.quiz().mean()).isNull();
        assertThat(report.quiz().median()).isNull();
        assertThat(report.questions()).allSatisfy(q -> {
            assertThat(q.attemptCount()).isZero();
            assertThat(q.facilityIndex()).isNull();
            assertThat(q.discriminationIndex()).isNull();
        });
        assertThat(report.histogram().total()).isZero();
        assertNoNaN(report);
    }

    @Test
    void ungradedMarkCountsAsZero() {
        List<@Nullable Double> marks = new ArrayList<>();
        marks.add(1.0);
        marks.add(null);
        Attempt pendingEssay = new Attempt("s", 1, Instant.EPOCH, Instant.EPOCH, marks);
        QuizStatisticsReport report = QuizStatisticsCalculator.calculate(slots(1, 1),
                List.of(pendingEssay, attempt(1.0, 1.0)), WhichAttempts.ALL);
        assertThat(pendingEssay.totalMark()).isEqualTo(1.0);
        assertThat(report.questions().get(1).facilityIndex()).isCloseTo(50.0, EPS);
    }

    @Test
    void histogramPutsPerfectScoresInTheLastBand() {
        // Max total 10: 0 %, 35 %, 70 %, 99.9 %, 100 %.
        ScoreHistogram h = QuizStatisticsCalculator.histogram(new double[] {0, 3.5, 7, 9.99, 10}, 10, 10);
        assertThat(h.buckets()).hasSize(10);
        assertThat(h.buckets()).extracting(ScoreHistogram.Bucket::count)
                .containsExactly(1, 0, 0, 1, 0, 0, 0, 1, 0, 2);
        assertThat(h.buckets().getLast().upperInclusive()).isTrue();
        assertThat(h.buckets().getFirst().upperInclusive()).isFalse();
        assertThat(h.buckets().get(3).fromPercent()).isEqualTo(30.0);
        assertThat(h.buckets().getLast().toPercent()).isEqualTo(100.0);
        assertThat(h.total()).isEqualTo(5);
        // 0.7 out of 1.0 computed as 0.1 + 0.2 + 0.4 = 0.7000000000000001 and 7 / 10 both land in 70-80.
        ScoreHistogram sums = QuizStatisticsCalculator.histogram(new double[] {0.1 + 0.2 + 0.4, 0.7}, 1.0, 10);
        assertThat(sums.buckets().get(7).count()).isEqualTo(2);
        assertThatThrownBy(() -> QuizStatisticsCalculator.histogram(new double[0], 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportHistogramCountsCountedAttempts() {
        QuizStatisticsReport report = QuizStatisticsCalculator.calculate(slots(1, 1),
                List.of(attempt(1.0, 1.0), attempt(1.0, 0.0), attempt(0.0, 0.0)), WhichAttempts.ALL, 4);
        assertThat(report.histogram().buckets()).extracting(ScoreHistogram.Bucket::count)
                .containsExactly(1, 0, 1, 1);
    }

    @Test
    void rejectsMarksThatDoNotFitTheSlots() {
        assertThatThrownBy(() -> all(slots(1, 1), attempt(1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 marks for 2 slots");
        assertThatThrownBy(() -> all(List.of(QuizSlot.of(1, 1), QuizSlot.of(1, 1)), attempt(1.0, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuizSlot.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
