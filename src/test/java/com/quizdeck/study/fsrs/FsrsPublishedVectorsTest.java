package com.quizdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numeric checks of py-fsrs 6.3.1's own test file (tests/test_basic.py): test_review_card,
 * test_custom_scheduler_args, test_memo_state and test_repeated_correct_reviews, with their expected values.
 */
class FsrsPublishedVectorsTest {

    static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    static final List<Rating> TEST_RATINGS_1 = List.of(
            Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
            Rating.AGAIN, Rating.AGAIN,
            Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);

    static final List<Long> PUBLISHED_INTERVALS = List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);

    private static List<Long> intervalHistory(Scheduler scheduler) {
        Card card = Card.newCard(START);
        Instant reviewTime = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : TEST_RATINGS_1) {
            card = scheduler.review(card, rating, reviewTime).card();
            // py-fsrs: (card.due - card.last_review).days
            intervals.add(Scheduler.wholeDaysBetween(card.lastReview(), card.due()));
            reviewTime = card.due();
        }
        return intervals;
    }

    @Test
    void reviews_at_due_time_give_py_fsrs_published_interval_history() {
        Scheduler scheduler = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));

        assertEquals(PUBLISHED_INTERVALS, intervalHistory(scheduler));
    }

    @Test
    void explicit_default_retention_and_maximum_interval_give_the_same_history() {
        SchedulerParameters explicit = new SchedulerParameters(
                SchedulerParameters.DEFAULT_WEIGHTS, 0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
                36500, false);

        assertEquals(PUBLISHED_INTERVALS, intervalHistory(new Scheduler(explicit)));
    }

    @Test
    void custom_parameters_are_kept_as_given() {
        List<Double> parameters2 = List.of(
                0.1456, 0.4186, 1.1104, 4.1315, 5.2417, 1.3098, 0.8975, 0.0010, 1.5674, 0.0567, 0.9661,
                2.0275, 0.1592, 0.2446, 1.5071, 0.2272, 2.8755, 1.234, 0.56789, 0.1437, 0.2);

        Scheduler scheduler2 = new Scheduler(new SchedulerParameters(parameters2, 0.85,
                SchedulerParameters.DEFAULTS.learningSteps(), SchedulerParameters.DEFAULTS.relearningSteps(),
                3650, true));

        assertEquals(parameters2, scheduler2.parameters().weights());
        assertEquals(0.85, scheduler2.parameters().desiredRetention());
        assertEquals(3650, scheduler2.parameters().maximumInterval());
    }

    @Test
    void again_then_five_goods_at_day_offsets_0_0_1_3_8_21_end_at_py_fsrs_memory_state() {
        // Fuzz only moves due dates, and these reviews happen at fixed times, so fuzz is off without loss.
        Scheduler scheduler = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        List<Integer> dayOffsets = List.of(0, 0, 1, 3, 8, 21);

        Card card = Card.newCard(START);
        Instant reviewTime = START;
        for (int i = 0; i < ratings.size(); i++) {
            reviewTime = reviewTime.plus(Duration.ofDays(dayOffsets.get(i)));
            card = scheduler.review(card, ratings.get(i), reviewTime).card();
        }

        // py-fsrs: pytest.approx(53.62691, abs=1e-4) and pytest.approx(6.3574867, abs=1e-4)
        assertEquals(53.62691, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
        assertEquals(53.6269, Math.round(card.stability() * 1e4) / 1e4);
        assertEquals(6.3575, Math.round(card.difficulty() * 1e4) / 1e4);
    }

    @Test
    void ten_easy_reviews_in_a_row_bring_difficulty_down_to_exactly_1() {
        Scheduler scheduler = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));

        Card card = Card.newCard(START);
        for (int i = 0; i < 10; i++) {
            // py-fsrs reviews at 12:30:00 plus i microseconds
            card = scheduler.review(card, Rating.EASY, START.plusNanos(i * 1_000L)).card();
        }

        assertEquals(1.0, card.difficulty());
    }
}
