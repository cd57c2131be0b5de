package com.quizdeck.study.fsrs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 scheduler, ported from py-fsrs 6.3.1 ({@code fsrs/scheduler.py}). Pure and immutable: it never reads
 * the clock, and with fuzzing off the same input always gives the same output.
 *
 * <p>Floating-point expressions keep py-fsrs's operand order (and {@code Math.pow(Math.E, x)} for its
 * {@code math.e ** x}) so that results agree with the reference to the last bits wherever the two platforms'
 * {@code pow} agree. Rounding to whole days is Python's {@code round}, half to even ({@link Math#rint}).
 */
public final class Scheduler {

    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;
    private static final long SECONDS_PER_DAY = 86_400;

    private record FuzzRange(double start, double end, double factor) {
    }

    private static final List<FuzzRange> FUZZ_RANGES = List.of(
            new FuzzRange(2.5, 7.0, 0.15),
            new FuzzRange(7.0, 20.0, 0.1),
            new FuzzRange(20.0, Double.POSITIVE_INFINITY, 0.05));

    // A scheduler is shared between threads (one per application), and ThreadLocalRandom must be looked up on
    // the thread that uses it; RandomGenerator's only abstract method is nextLong.
    private static final RandomGenerator THREAD_LOCAL_RANDOM = () -> ThreadLocalRandom.current().nextLong();

    private final SchedulerParameters parameters;
    private final RandomGenerator random;
    private final double[] w;
    private final double decay;
    private final double factor;

    /** A scheduler with py-fsrs's defaults, fuzzing on. */
    public Scheduler() {
        this(SchedulerParameters.DEFAULTS);
    }

    public Scheduler(SchedulerParameters parameters) {
        this(parameters, THREAD_LOCAL_RANDOM);
    }

    /** A scheduler whose fuzz draws from {@code random}, so that tests and simulations can repeat a run. */
    public Scheduler(SchedulerParameters parameters, RandomGenerator random) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.random = Objects.requireNonNull(random, "random");
        this.w = parameters.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        // Chosen so that retrievability is 90 % when the elapsed days equal the stability.
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public SchedulerParameters parameters() {
        return parameters;
    }

    /**
     * The probability that the card is recalled at {@code now}; 0 for a card never reviewed. Like py-fsrs it
     * counts whole elapsed days only, so it stays 1 on the day of the last review.
     */
    public double retrievability(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.lastReview() == null || card.stability() == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDaysBetween(card.lastReview(), now));
        return Math.pow(1 + factor * elapsedDays / card.stability(), decay);
    }

    /** Reviews {@code card} with {@code rating} at {@code reviewTime}; the card itself is not changed. */
    public ReviewResult review(Card card, Rating rating, Instant reviewTime) {
        return review(card, rating, reviewTime, parameters.enableFuzzing());
    }

    /**
     * The interval each rating would give the card if rated at {@code now}, for the labels of the study screen's
     * buttons. Fuzz is left out: a label must not change between two paints of the same screen, nor use up random
     * numbers, so for review intervals of 3 days and more the actual interval may differ by the fuzz.
     */
    public Map<Rating, Duration> previewIntervals(Card card, Instant now) {
        Map<Rating, Duration> intervals = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            Card next = review(card, rating, now, false).card();
            intervals.put(rating, Duration.between(now, next.due()));
        }
        return Collections.unmodifiableMap(intervals);
    }

    private ReviewResult review(Card card, Rating rating, Instant reviewTime, boolean fuzz) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewTime, "reviewTime");

        Long daysSinceLastReview = card.lastReview() == null ? null
                : wholeDaysBetween(card.lastReview(), reviewTime);
        boolean sameDay = daysSinceLastReview != null && daysSinceLastReview < 1;

        double stability;
        double difficulty;
        if (card.stability() == null) {
            // Only a learning card can be new (Card guarantees it).
            stability = initialStability(rating);
            difficulty = initialDifficulty(rating, true);
        } else if (sameDay) {
            stability = shortTermStability(card.stability(), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        } else {
            // The old difficulty and the retrievability before this review feed the new stability.
            stability = nextStability(card.difficulty(), card.stability(), retrievability(card, reviewTime), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        }

        Schedule schedule = switch (card.state()) {
            case LEARNING -> throughSteps(CardState.LEARNING, parameters.learningSteps(), card.step(), rating,
                    stability);
            case RELEARNING -> throughSteps(CardState.RELEARNING, parameters.relearningSteps(), card.step(), rating,
                    stability);
            case REVIEW -> fromReview(rating, stability);
        };

        Duration interval = schedule.interval();
        if (fuzz && schedule.state() == CardState.REVIEW) {
            interval = fuzzedInterval(interval);
        }

        Card next = new Card(schedule.state(), schedule.step(), stability, difficulty, reviewTime.plus(interval),
                reviewTime);
        return new ReviewResult(next, new ReviewLog(rating, reviewTime));
    }

    private record Schedule(CardState state, Integer step, Duration interval) {
    }

    private Schedule graduate(double stability) {
        return new Schedule(CardState.REVIEW, null, Duration.ofDays(nextInterval(stability)));
    }

    /** Learning and relearning follow the same rules, each with its own list of steps. */
    private Schedule throughSteps(CardState state, List<Duration> steps, int step, Rating rating, double stability) {
        // A card can be on a step this scheduler does not have when it was scheduled with more steps before;
        // py-fsrs lets any passing rating graduate it then.
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduate(stability);
        }
        return switch (rating) {
            case AGAIN -> new Schedule(state, 0, steps.get(0));
            case HARD -> {
                // Hard keeps the step; at the first step it waits between that step and the next.
                Duration wait;
                if (step == 0 && steps.size() == 1) {
                    wait = scale(steps.get(0), new BigDecimal("1.5"));
                } else if (step == 0) {
                    wait = scale(steps.get(0).plus(steps.get(1)), new BigDecimal("0.5"));
                } else {
                    wait = steps.get(step);
                }
                yield new Schedule(state, step, wait);
            }
            case GOOD -> step + 1 == steps.size()
                    ? graduate(stability)
                    : new Schedule(state, step + 1, steps.get(step + 1));
            case EASY -> graduate(stability);
        };
    }

    private Schedule fromReview(Rating rating, double stability) {
        if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
            return new Schedule(CardState.RELEARNING, 0, parameters.relearningSteps().get(0));
        }
        return graduate(stability);
    }

    private double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private double clampStability(double stability) {
        return Math.max(stability, SchedulerParameters.STABILITY_MIN);
    }

    private double initialStability(Rating rating) {
        return clampStability(w[rating.value() - 1]);
    }

    private double initialDifficulty(Rating rating, boolean clamp) {
        double initial = w[4] - Math.pow(Math.E, w[5] * (rating.value() - 1)) + 1;
        return clamp ? clampDifficulty(initial) : initial;
    }

    /** Whole days, rounded half to even like Python's {@code round}, between 1 and the maximum interval. */
    long nextInterval(double stability) {
        double interval = (stability / factor) * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        double days = Math.rint(interval);
        days = Math.max(days, 1);
        days = Math.min(days, parameters.maximumInterval());
        return (long) days;
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.pow(Math.E, w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        // A same-day pass must not make the memory weaker.
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return clampStability(stability * increase);
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        // Mean reversion pulls towards the (unclamped) initial difficulty of an Easy first review, so that
        // difficulty cannot stick at an extreme.
        double target = initialDifficulty(Rating.EASY, false);
        double delta = -(w[6] * (rating.value() - 3));
        // Linear damping: the closer to 10, the smaller the step up.
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double next = w[7] * target + (1 - w[7]) * damped;
        return clampDifficulty(next);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? nextForgetStability(difficulty, stability, retrievability)
                : nextRecallStability(difficulty, stability, retrievability, rating);
        return clampStability(next);
    }

    private double nextForgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1, w[13]) - 1)
                * Math.pow(Math.E, (1 - retrievability) * w[14]);
        // Forgetting must not leave the card more stable than a same-day Again would.
        double shortTerm = stability / Math.pow(Math.E, w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double nextRecallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability * (1
                + Math.pow(Math.E, w[8])
                * (11 - difficulty)
                * Math.pow(stability, -w[9])
                * (Math.pow(Math.E, (1 - retrievability) * w[10]) - 1)
                * hardPenalty
                * easyBonus);
    }

    /**
     * The smallest and largest fuzzed interval for {@code intervalDays}, as py-fsrs's {@code _get_fuzz_range}.
     * Note that the draw in {@link #fuzzedInterval} can still land on {@code max + 1}, as in py-fsrs.
     */
    long[] fuzzRange(long intervalDays) {
        double delta = 1.0;
        for (FuzzRange range : FUZZ_RANGES) {
            delta += range.factor() * Math.max(Math.min(intervalDays, range.end()) - range.start(), 0.0);
        }
        long min = (long) Math.rint(intervalDays - delta);
        long max = (long) Math.rint(intervalDays + delta);
        min = Math.max(2, min);
        max = Math.min(max, parameters.maximumInterval());
        min = Math.min(min, max);
        return new long[] {min, max};
    }

    Duration fuzzedInterval(Duration interval) {
        long intervalDays = interval.toDays();
        if (intervalDays < 2.5) {
            return interval;
        }
        long[] range = fuzzRange(intervalDays);
        long min = range[0];
        long max = range[1];
        // Kept as in py-fsrs: a draw in [0, 1) spread over max - min + 1 days and then rounded, so the result
        // lies in [min, max + 1] and its ends are half as likely as the days between.
        double fuzzed = random.nextDouble() * (max - min + 1) + min;
        long days = (long) Math.min(Math.rint(fuzzed), parameters.maximumInterval());
        return Duration.ofDays(days);
    }

    /** Python's {@code timedelta.days} of {@code to - from}: whole days, rounded down (also when negative). */
    static long wholeDaysBetween(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), SECONDS_PER_DAY);
    }

    /**
     * {@code duration * factor} rounded half to even to whole microseconds, as Python's {@code timedelta} does
     * when multiplied or divided by a float; exact for steps of whole seconds.
     */
    private static Duration scale(Duration duration, BigDecimal factor) {
        BigDecimal nanos = new BigDecimal(duration.getSeconds()).movePointRight(9)
                .add(BigDecimal.valueOf(duration.getNano()));
        BigDecimal micros = nanos.multiply(factor).movePointLeft(3).setScale(0, RoundingMode.HALF_EVEN);
        return Duration.ofNanos(micros.movePointRight(3).longValueExact());
    }
}
