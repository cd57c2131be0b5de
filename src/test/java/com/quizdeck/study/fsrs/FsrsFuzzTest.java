package com.quizdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Fuzzing as py-fsrs's {@code _get_fuzzed_interval}: ranges worked out by hand, draws from a scripted generator. */
class FsrsFuzzTest {

    private static final Instant T = Instant.parse("2022-11-29T12:30:00Z");

    /** Hands out the given draws in order and fails the test if the scheduler asks for more. */
    private static final class ScriptedRandom implements RandomGenerator {
        private final Deque<Double> draws = new ArrayDeque<>();

        ScriptedRandom(double... values) {
            for (double value : values) {
                draws.add(value);
            }
        }

        @Override
        public double nextDouble() {
            if (draws.isEmpty()) {
                throw new AssertionError("the scheduler drew more random numbers than expected");
            }
            return draws.poll();
        }

        @Override
        public long nextLong() {
            throw new AssertionError("the scheduler should only draw doubles");
        }

        boolean usedUp() {
            return draws.isEmpty();
        }
    }

    private static Scheduler fuzzing(RandomGenerator random) {
        return new Scheduler(SchedulerParameters.DEFAULTS, random);
    }

    private static long fuzzedDays(Scheduler scheduler, long days) {
        return scheduler.fuzzedInterval(Duration.ofDays(days)).toDays();
    }

    @Test
    void fuzz_ranges_widen_with_the_interval() {
        Scheduler scheduler = fuzzing(new ScriptedRandom());

        // delta = 1 + 0.15 * (min(d, 7) - 2.5)+ + 0.10 * (min(d, 20) - 7)+ + 0.05 * (d - 20)+;
        // range = [max(2, round(d - delta)), round(d + delta)]
        assertArrayEquals(new long[] {2, 4}, scheduler.fuzzRange(3)); // delta 1.075
        assertArrayEquals(new long[] {4, 6}, scheduler.fuzzRange(5)); // delta 1.375
        assertArrayEquals(new long[] {9, 13}, scheduler.fuzzRange(11)); // delta 2.075
        assertArrayEquals(new long[] {17, 23}, scheduler.fuzzRange(20)); // delta 2.975
        assertArrayEquals(new long[] {42, 50}, scheduler.fuzzRange(46)); // delta 4.275
        assertArrayEquals(new long[] {93, 107}, scheduler.fuzzRange(100)); // delta 6.975
    }

    @Test
    void fuzz_range_is_cut_at_the_maximum_interval() {
        Scheduler capped = new Scheduler(SchedulerParameters.DEFAULTS.withMaximumInterval(100), new ScriptedRandom());

        assertArrayEquals(new long[] {93, 100}, capped.fuzzRange(100));
    }

    @Test
    void intervals_under_two_and_a_half_days_are_not_fuzzed_and_draw_nothing() {
        Scheduler scheduler = fuzzing(new ScriptedRandom());

        assertEquals(1, fuzzedDays(scheduler, 1));
        assertEquals(2, fuzzedDays(scheduler, 2));
    }

    @Test
    void a_draw_is_spread_over_the_range_and_rounded_half_to_even() {
        // interval 11: range [9, 13], fuzzed = draw * (13 - 9 + 1) + 9
        assertEquals(9, fuzzedDays(fuzzing(new ScriptedRandom(0.0)), 11));
        // 0.3 * 5 + 9 = 10.5 -> 10 (half-up would give 11)
        assertEquals(10, fuzzedDays(fuzzing(new ScriptedRandom(0.3)), 11));
        // 0.5 * 5 + 9 = 11.5 -> 12
        assertEquals(12, fuzzedDays(fuzzing(new ScriptedRandom(0.5)), 11));
    }

    @Test
    void a_draw_near_1_lands_one_day_past_the_range_as_in_py_fsrs() {
        // 0.9999 * 5 + 9 = 13.9995 -> 14, one more than the range's 13: py-fsrs does the same.
        assertEquals(14, fuzzedDays(fuzzing(new ScriptedRandom(0.9999)), 11));
    }

    @Test
    void a_draw_past_the_maximum_interval_is_cut_to_it() {
        Scheduler capped = new Scheduler(SchedulerParameters.DEFAULTS.withMaximumInterval(100),
                new ScriptedRandom(0.9999));

        // range [93, 100]: 0.9999 * 8 + 93 = 100.9992 -> 101 -> 100
        assertEquals(100, fuzzedDays(capped, 100));
    }

    @Test
    void py_fsrs_seeded_fuzz_test_gives_12_and_11_days_for_its_draws() {
        // py-fsrs test_fuzz: random.seed(42) and random.seed(12345); the only draw is the third review's, and
        // Python's first random() after those seeds is 0.6394267984578837 and 0.41661987254534116.
        assertEquals(12, thirdGoodInterval(new ScriptedRandom(0.6394267984578837)));
        assertEquals(11, thirdGoodInterval(new ScriptedRandom(0.41661987254534116)));
    }

    private static long thirdGoodInterval(ScriptedRandom random) {
        Scheduler scheduler = fuzzing(random);
        Card card = scheduler.review(Card.newCard(T), Rating.GOOD, T).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        Instant previousDue = card.due();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertTrue(random.usedUp());
        return Duration.between(previousDue, card.due()).toDays();
    }

    @Test
    void learning_and_relearning_steps_are_never_fuzzed() {
        Scheduler scheduler = fuzzing(new ScriptedRandom());

        Card learning = scheduler.review(Card.newCard(T), Rating.GOOD, T).card();
        assertEquals(Duration.ofMinutes(10), Duration.between(T, learning.due()));

        Card review = new Card(CardState.REVIEW, null, 30.0, 5.0, T, T.minus(Duration.ofDays(30)));
        Card relearning = scheduler.review(review, Rating.AGAIN, T).card();
        assertEquals(Duration.ofMinutes(10), Duration.between(T, relearning.due()));
    }

    @Test
    void fuzzed_review_intervals_stay_within_the_range_plus_one_day() {
        SplittableRandom random = new SplittableRandom(2024);
        Scheduler scheduler = fuzzing(random);
        Scheduler plain = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));
        Card review = new Card(CardState.REVIEW, null, 40.0, 5.0, T, T.minus(Duration.ofDays(40)));
        long unfuzzed = Duration.between(T, plain.review(review, Rating.GOOD, T).card().due()).toDays();
        long[] range = plain.fuzzRange(unfuzzed);

        for (int i = 0; i < 500; i++) {
            long days = Duration.between(T, scheduler.review(review, Rating.GOOD, T).card().due()).toDays();
            assertTrue(days >= range[0] && days <= range[1] + 1, () -> days + " outside " + range[0] + ".."
                    + (range[1] + 1));
        }
    }

    @Test
    void preview_is_unfuzzed_and_draws_nothing() {
        ScriptedRandom random = new ScriptedRandom();
        Scheduler scheduler = fuzzing(random);
        Card review = new Card(CardState.REVIEW, null, 40.0, 5.0, T, T.minus(Duration.ofDays(40)));
        Scheduler plain = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));

        var preview = scheduler.previewIntervals(review, T);

        assertEquals(Duration.between(T, plain.review(review, Rating.GOOD, T).card().due()),
                preview.get(Rating.GOOD));
    }
}
