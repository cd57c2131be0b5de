package com.quizdeck.study.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that shapes a {@link Scheduler}'s decisions, with py-fsrs 6.3.1's defaults in {@link #DEFAULTS}.
 *
 * @param weights          the 21 FSRS-6 model weights w0..w20
 * @param desiredRetention the probability of recall the intervals aim for, strictly between 0 and 1
 * @param learningSteps    waits between the first reviews of a new card
 * @param relearningSteps  waits between reviews of a forgotten card before it returns to review
 * @param maximumInterval  the longest interval in days
 * @param enableFuzzing    whether review intervals are spread randomly so that cards learnt together part ways
 */
public record SchedulerParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumInterval, boolean enableFuzzing) {

    /** The number of FSRS-6 weights. */
    public static final int WEIGHT_COUNT = 21;

    /** The lowest stability, in days, that any formula may produce. */
    public static final double STABILITY_MIN = 0.001;

    /** FSRS-6 default weights as of py-fsrs 6.2.0 (earlier ports use older values). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    // The bounds py-fsrs checks, so that weights from its optimizer and ours are accepted alike. Declared
    // before DEFAULTS, whose construction reads them.
    private static final double INITIAL_STABILITY_MAX = 100.0;
    private static final double[] LOWER_BOUNDS = {
        STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER_BOUNDS = {
        INITIAL_STABILITY_MAX, INITIAL_STABILITY_MAX, INITIAL_STABILITY_MAX, INITIAL_STABILITY_MAX, 10.0, 4.0, 4.0,
        0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    public static final SchedulerParameters DEFAULTS = new SchedulerParameters(
            DEFAULT_WEIGHTS,
            0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(Duration.ofMinutes(10)),
            36500,
            true);

    public SchedulerParameters {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(learningSteps, "learningSteps");
        Objects.requireNonNull(relearningSteps, "relearningSteps");
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        validateWeights(weights);
        // py-fsrs accepts any retention; outside (0, 1) the interval formula yields nonsense or infinity.
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException(
                    "desired retention must be strictly between 0 and 1, got " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, got " + maximumInterval);
        }
        requirePositive(learningSteps, "learning");
        requirePositive(relearningSteps, "relearning");
    }

    public SchedulerParameters withWeights(List<Double> newWeights) {
        return new SchedulerParameters(newWeights, desiredRetention, learningSteps, relearningSteps,
                maximumInterval, enableFuzzing);
    }

    public SchedulerParameters withDesiredRetention(double newRetention) {
        return new SchedulerParameters(weights, newRetention, learningSteps, relearningSteps, maximumInterval,
                enableFuzzing);
    }

    public SchedulerParameters withLearningSteps(List<Duration> newSteps) {
        return new SchedulerParameters(weights, desiredRetention, newSteps, relearningSteps, maximumInterval,
                enableFuzzing);
    }

    public SchedulerParameters withRelearningSteps(List<Duration> newSteps) {
        return new SchedulerParameters(weights, desiredRetention, learningSteps, newSteps, maximumInterval,
                enableFuzzing);
    }

    public SchedulerParameters withMaximumInterval(int newMaximumInterval) {
        return new SchedulerParameters(weights, desiredRetention, learningSteps, relearningSteps,
                newMaximumInterval, enableFuzzing);
    }

    public SchedulerParameters withEnableFuzzing(boolean fuzzing) {
        return new SchedulerParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                fuzzing);
    }

    private static void validateWeights(List<Double> weights) {
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "expected " + WEIGHT_COUNT + " weights, got " + weights.size());
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            double w = weights.get(i);
            // Written so that NaN fails too.
            if (!(LOWER_BOUNDS[i] <= w && w <= UPPER_BOUNDS[i])) {
                errors.add("weights[" + i + "] = " + w + " is out of bounds [" + LOWER_BOUNDS[i] + ", "
                        + UPPER_BOUNDS[i] + "]");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
    }

    private static void requirePositive(List<Duration> steps, String kind) {
        for (Duration step : steps) {
            if (step.isZero() || step.isNegative()) {
                throw new IllegalArgumentException(kind + " steps must be positive, got " + step);
            }
        }
    }
}
