package com.quizdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The state-machine tests of py-fsrs 6.3.1's tests/test_basic.py, ported with fixed times where py-fsrs uses
 * {@code datetime.now()}. Serialization, repr, card-id, rescheduling and optimizer tests have no counterpart here.
 */
class FsrsSchedulerTest {

    private static final Instant T = Instant.parse("2022-11-29T12:30:00Z");

    private final Scheduler scheduler = new Scheduler(SchedulerParameters.DEFAULTS, new SplittableRandom(7));
    private final Scheduler noFuzz = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));

    private static Scheduler withLearningSteps(Duration... steps) {
        return new Scheduler(SchedulerParameters.DEFAULTS.withLearningSteps(List.of(steps)), new SplittableRandom(1));
    }

    private static Scheduler withRelearningSteps(Duration... steps) {
        return new Scheduler(SchedulerParameters.DEFAULTS.withRelearningSteps(List.of(steps)),
                new SplittableRandom(1));
    }

    private static Card review(Scheduler scheduler, Card card, Rating rating, Instant at) {
        return scheduler.review(card, rating, at).card();
    }

    private static Card reviewAtDue(Scheduler scheduler, Card card, Rating rating) {
        return review(scheduler, card, rating, card.due());
    }

    @Test
    void a_new_card_is_learning_at_step_0_and_due_at_creation() {
        Card card = Card.newCard(T);

        assertEquals(CardState.LEARNING, card.state());
        assertEquals(0, card.step());
        assertNull(card.stability());
        assertNull(card.difficulty());
        assertNull(card.lastReview());
        assertEquals(T, card.due());
    }

    @Test
    void a_review_records_its_time_and_the_card_falls_due_later() {
        Card card = review(scheduler, Card.newCard(T), Rating.GOOD, T);

        assertEquals(T, card.lastReview());
        assertFalse(card.due().isBefore(card.lastReview()));
        // py-fsrs test_repeat_default_arg: "due in approx. 8-10 minutes"
        assertTrue(Duration.between(T, card.due()).toSeconds() > 500);
    }

    @Test
    void the_review_log_holds_rating_and_time_and_the_input_card_is_unchanged() {
        Card before = Card.newCard(T);

        ReviewResult result = scheduler.review(before, Rating.HARD, T);

        assertEquals(new ReviewLog(Rating.HARD, T), result.log());
        assertEquals(Card.newCard(T), before);
    }

    @Test
    void retrievability_is_0_for_a_new_card_and_between_0_and_1_in_every_other_state() {
        Card card = Card.newCard(T);
        assertEquals(CardState.LEARNING, card.state());
        assertEquals(0.0, scheduler.retrievability(card, T));

        card = review(scheduler, card, Rating.GOOD, T);
        assertEquals(CardState.LEARNING, card.state());
        assertBetween0And1(scheduler.retrievability(card, T));

        card = review(scheduler, card, Rating.GOOD, T);
        assertEquals(CardState.REVIEW, card.state());
        assertBetween0And1(scheduler.retrievability(card, T));

        card = review(scheduler, card, Rating.AGAIN, T);
        assertEquals(CardState.RELEARNING, card.state());
        assertBetween0And1(scheduler.retrievability(card, T));
    }

    private static void assertBetween0And1(double value) {
        assertTrue(value >= 0 && value <= 1, () -> "expected a probability, got " + value);
    }

    @Test
    void good_on_a_new_card_moves_to_the_10_minute_step_then_graduates_to_review() {
        Card card = reviewAtDue(scheduler, Card.newCard(T), Rating.GOOD);

        assertEquals(CardState.LEARNING, card.state());
        assertEquals(1, card.step());
        assertEquals(Duration.ofMinutes(10), Duration.between(T, card.due()));

        card = reviewAtDue(scheduler, card, Rating.GOOD);

        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());
        assertTrue(Duration.between(T, card.due()).toHours() >= 24);
    }

    @Test
    void again_on_a_new_card_stays_at_step_0_for_1_minute() {
        Card card = reviewAtDue(scheduler, Card.newCard(T), Rating.AGAIN);

        assertEquals(CardState.LEARNING, card.state());
        assertEquals(0, card.step());
        assertEquals(Duration.ofMinutes(1), Duration.between(T, card.due()));
    }

    @Test
    void hard_at_step_0_stays_at_step_0_and_waits_the_mean_of_the_first_two_steps() {
        Card card = reviewAtDue(scheduler, Card.newCard(T), Rating.HARD);

        assertEquals(CardState.LEARNING, card.state());
        assertEquals(0, card.step());
        // (1 min + 10 min) / 2
        assertEquals(Duration.ofSeconds(330), Duration.between(T, card.due()));
    }

    @Test
    void easy_on_a_new_card_goes_straight_to_review_for_at_least_a_day() {
        Card card = reviewAtDue(scheduler, Card.newCard(T), Rating.EASY);

        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());
        assertTrue(Duration.between(T, card.due()).toDays() >= 1);
    }

    @Test
    void again_in_review_moves_to_relearning_for_10_minutes() {
        Card card = reviewAtDue(noFuzz, Card.newCard(T), Rating.GOOD);
        card = reviewAtDue(noFuzz, card, Rating.GOOD);
        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());

        Instant previousDue = card.due();
        card = reviewAtDue(noFuzz, card, Rating.GOOD);
        assertEquals(CardState.REVIEW, card.state());
        assertTrue(Duration.between(previousDue, card.due()).toHours() >= 24);

        previousDue = card.due();
        card = reviewAtDue(noFuzz, card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(Duration.ofMinutes(10), Duration.between(previousDue, card.due()));
    }

    @Test
    void relearning_repeats_step_0_on_again_and_returns_to_review_on_good() {
        Card card = reviewAtDue(noFuzz, Card.newCard(T), Rating.GOOD);
        card = reviewAtDue(noFuzz, card, Rating.GOOD);
        card = reviewAtDue(noFuzz, card, Rating.GOOD);

        Instant previousDue = card.due();
        card = reviewAtDue(noFuzz, card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());
        assertEquals(Duration.ofMinutes(10), Duration.between(previousDue, card.due()));

        previousDue = card.due();
        card = reviewAtDue(noFuzz, card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());
        assertEquals(Duration.ofMinutes(10), Duration.between(previousDue, card.due()));

        previousDue = card.due();
        card = reviewAtDue(noFuzz, card, Rating.GOOD);
        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());
        assertTrue(Duration.between(previousDue, card.due()).toHours() >= 24);
    }

    @Test
    void without_learning_steps_even_again_on_a_new_card_goes_to_review() {
        Scheduler noSteps = withLearningSteps();
        assertEquals(0, noSteps.parameters().learningSteps().size());

        Card card = review(noSteps, Card.newCard(T), Rating.AGAIN, T);

        assertEquals(CardState.REVIEW, card.state());
        assertTrue(Scheduler.wholeDaysBetween(card.lastReview(), card.due()) >= 1);
    }

    @Test
    void without_relearning_steps_again_in_review_stays_in_review() {
        Scheduler noSteps = withRelearningSteps();
        assertEquals(0, noSteps.parameters().relearningSteps().size());

        Card card = review(noSteps, Card.newCard(T), Rating.GOOD, T);
        assertEquals(CardState.LEARNING, card.state());
        card = reviewAtDue(noSteps, card, Rating.GOOD);
        assertEquals(CardState.REVIEW, card.state());
        card = reviewAtDue(noSteps, card, Rating.AGAIN);

        assertEquals(CardState.REVIEW, card.state());
        assertTrue(Scheduler.wholeDaysBetween(card.lastReview(), card.due()) >= 1);
    }

    @Test
    void one_card_moves_correctly_between_schedulers_with_different_step_counts() {
        Scheduler twoLearning = withLearningSteps(Duration.ofMinutes(1), Duration.ofMinutes(10));
        Scheduler oneLearning = withLearningSteps(Duration.ofMinutes(1));
        Scheduler noLearning = withLearningSteps();
        Scheduler twoRelearning = withRelearningSteps(Duration.ofMinutes(1), Duration.ofMinutes(10));
        Scheduler oneRelearning = withRelearningSteps(Duration.ofMinutes(1));
        Scheduler noRelearning = withRelearningSteps();

        Card card = review(twoLearning, Card.newCard(T), Rating.GOOD, T);
        assertEquals(CardState.LEARNING, card.state());
        assertEquals(1, card.step());

        card = review(oneLearning, card, Rating.AGAIN, T);
        assertEquals(CardState.LEARNING, card.state());
        assertEquals(0, card.step());

        card = review(noLearning, card, Rating.HARD, T);
        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());

        card = review(twoRelearning, card, Rating.AGAIN, T);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());

        card = review(twoRelearning, card, Rating.GOOD, T);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(1, card.step());

        card = review(oneRelearning, card, Rating.AGAIN, T);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());

        card = review(noRelearning, card, Rating.HARD, T);
        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());
    }

    @Test
    void a_card_beyond_the_last_step_of_this_scheduler_graduates_on_hard_and_restarts_on_again() {
        Card atStep1 = review(withLearningSteps(Duration.ofMinutes(1), Duration.ofMinutes(10)), Card.newCard(T),
                Rating.GOOD, T);
        Scheduler oneStep = withLearningSteps(Duration.ofMinutes(1));

        Card hard = review(oneStep, atStep1, Rating.HARD, atStep1.due());
        Card again = review(oneStep, atStep1, Rating.AGAIN, atStep1.due());

        assertEquals(CardState.REVIEW, hard.state());
        assertEquals(CardState.LEARNING, again.state());
        assertEquals(0, again.step());
        assertEquals(Duration.ofMinutes(1), Duration.between(again.lastReview(), again.due()));
    }

    @Test
    void intervals_never_exceed_the_maximum_interval() {
        Scheduler capped = new Scheduler(SchedulerParameters.DEFAULTS.withMaximumInterval(100),
                new SplittableRandom(42));

        Card card = reviewAtDue(capped, Card.newCard(T), Rating.EASY);
        assertTrue(Scheduler.wholeDaysBetween(card.lastReview(), card.due()) <= 100);
        card = reviewAtDue(capped, card, Rating.GOOD);
        assertTrue(Scheduler.wholeDaysBetween(card.lastReview(), card.due()) <= 100);
        card = reviewAtDue(capped, card, Rating.EASY);
        assertTrue(Scheduler.wholeDaysBetween(card.lastReview(), card.due()) <= 100);
        card = reviewAtDue(capped, card, Rating.GOOD);
        assertTrue(Scheduler.wholeDaysBetween(card.lastReview(), card.due()) <= 100);
    }

    @Test
    void stability_never_falls_below_the_minimum_after_a_thousand_late_agains() {
        Card card = Card.newCard(T);
        for (int i = 0; i < 1000; i++) {
            card = review(scheduler, card, Rating.AGAIN, card.due().plus(Duration.ofDays(1)));
            assertTrue(card.stability() >= SchedulerParameters.STABILITY_MIN);
        }
    }

    @Test
    void hard_with_a_single_learning_step_waits_one_and_a_half_steps() {
        Scheduler oneStep = withLearningSteps(Duration.ofMinutes(10));

        Card card = reviewAtDue(oneStep, Card.newCard(T), Rating.HARD);

        assertEquals(CardState.LEARNING, card.state());
        assertEquals(Duration.ofMinutes(15), Duration.between(T, card.due()));
    }

    @Test
    void hard_at_the_second_learning_step_repeats_that_step() {
        Scheduler twoSteps = withLearningSteps(Duration.ofMinutes(1), Duration.ofMinutes(10));

        Card card = reviewAtDue(twoSteps, Card.newCard(T), Rating.GOOD);
        assertEquals(CardState.LEARNING, card.state());
        assertEquals(1, card.step());
        Instant firstDue = card.due();

        card = reviewAtDue(twoSteps, card, Rating.HARD);

        assertEquals(CardState.LEARNING, card.state());
        assertEquals(1, card.step());
        assertEquals(Duration.ofMinutes(10), Duration.between(firstDue, card.due()));
    }

    @Test
    void a_relearning_card_reviewed_a_day_late_returns_to_review() {
        Card card = reviewAtDue(scheduler, Card.newCard(T), Rating.EASY);
        assertEquals(CardState.REVIEW, card.state());
        card = reviewAtDue(scheduler, card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, card.state());

        card = review(scheduler, card, Rating.GOOD, card.due().plus(Duration.ofDays(1)));

        assertEquals(CardState.REVIEW, card.state());
    }

    @Test
    void hard_with_a_single_relearning_step_waits_one_and_a_half_steps() {
        Scheduler oneStep = withRelearningSteps(Duration.ofMinutes(10));
        Card card = reviewAtDue(oneStep, Card.newCard(T), Rating.EASY);
        assertEquals(CardState.REVIEW, card.state());
        card = reviewAtDue(oneStep, card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());
        Instant previousDue = card.due();

        card = reviewAtDue(oneStep, card, Rating.HARD);

        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());
        assertEquals(Duration.ofMinutes(15), Duration.between(previousDue, card.due()));
    }

    @Test
    void hard_with_two_relearning_steps_waits_their_mean_then_repeats_the_second_and_easy_graduates() {
        Scheduler twoSteps = withRelearningSteps(Duration.ofMinutes(1), Duration.ofMinutes(10));
        Card card = reviewAtDue(twoSteps, Card.newCard(T), Rating.EASY);
        assertEquals(CardState.REVIEW, card.state());
        card = reviewAtDue(twoSteps, card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());

        Instant previousDue = card.due();
        card = reviewAtDue(twoSteps, card, Rating.HARD);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(0, card.step());
        assertEquals(Duration.ofSeconds(330), Duration.between(previousDue, card.due()));

        card = reviewAtDue(twoSteps, card, Rating.GOOD);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(1, card.step());

        previousDue = card.due();
        card = reviewAtDue(twoSteps, card, Rating.HARD);
        assertEquals(CardState.RELEARNING, card.state());
        assertEquals(1, card.step());
        assertEquals(Duration.ofMinutes(10), Duration.between(previousDue, card.due()));

        card = review(twoSteps, card, Rating.EASY, previousDue);
        assertEquals(CardState.REVIEW, card.state());
        assertNull(card.step());
    }

    @Test
    void py_fsrs_weight_bounds_are_enforced() {
        assertEquals(SchedulerParameters.DEFAULT_WEIGHTS,
                SchedulerParameters.DEFAULTS.withWeights(SchedulerParameters.DEFAULT_WEIGHTS).weights());

        assertThrows(IllegalArgumentException.class, () -> withWeight(6, 100));
        assertThrows(IllegalArgumentException.class, () -> withWeight(10, -42));
        IllegalArgumentException twoBad = assertThrows(IllegalArgumentException.class, () -> {
            List<Double> weights = new ArrayList<>(SchedulerParameters.DEFAULT_WEIGHTS);
            weights.set(0, 0.0);
            weights.set(3, 101.0);
            SchedulerParameters.DEFAULTS.withWeights(weights);
        });
        assertTrue(twoBad.getMessage().contains("weights[0]"), twoBad.getMessage());
        assertTrue(twoBad.getMessage().contains("weights[3]"), twoBad.getMessage());

        assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.DEFAULTS.withWeights(List.of()));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.DEFAULTS.withWeights(
                SchedulerParameters.DEFAULT_WEIGHTS.subList(0, 20)));
        List<Double> tooMany = new ArrayList<>(SchedulerParameters.DEFAULT_WEIGHTS);
        tooMany.addAll(List.of(1.0, 2.0, 3.0));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.DEFAULTS.withWeights(tooMany));
    }

    private static SchedulerParameters withWeight(int index, double value) {
        List<Double> weights = new ArrayList<>(SchedulerParameters.DEFAULT_WEIGHTS);
        weights.set(index, value);
        return SchedulerParameters.DEFAULTS.withWeights(weights);
    }

    @Test
    void retention_outside_0_to_1_and_a_maximum_interval_below_1_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.DEFAULTS.withDesiredRetention(0));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.DEFAULTS.withDesiredRetention(1));
        assertThrows(IllegalArgumentException.class,
                () -> SchedulerParameters.DEFAULTS.withDesiredRetention(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.DEFAULTS.withMaximumInterval(0));
        assertThrows(IllegalArgumentException.class,
                () -> SchedulerParameters.DEFAULTS.withLearningSteps(List.of(Duration.ZERO)));
    }

    @Test
    void parameters_cards_and_logs_are_equal_by_value() {
        assertEquals(SchedulerParameters.DEFAULTS, SchedulerParameters.DEFAULTS.withDesiredRetention(0.9));
        assertNotEquals(SchedulerParameters.DEFAULTS, SchedulerParameters.DEFAULTS.withDesiredRetention(0.91));

        Card original = Card.newCard(T);
        assertEquals(original, Card.newCard(T));

        ReviewResult first = scheduler.review(original, Rating.GOOD, T);
        assertNotEquals(original, first.card());
        assertEquals(first.log(), new ReviewLog(Rating.GOOD, T));

        ReviewResult second = scheduler.review(first.card(), Rating.GOOD, T.plusSeconds(1));
        assertNotEquals(first.log(), second.log());
    }

    @Test
    void cards_that_py_fsrs_would_reject_cannot_be_built() {
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.REVIEW, null, null, null, T, T));
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.RELEARNING, null, 1.0, 5.0, T, T));
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.REVIEW, 0, 1.0, 5.0, T, T));
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.LEARNING, -1, null, null, T, null));
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.LEARNING, 0, 1.0, null, T, null));
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.REVIEW, null, 0.0, 5.0, T, T));
        assertThrows(IllegalArgumentException.class, () -> new Card(CardState.REVIEW, null, 1.0, 11.0, T, T));
        assertEquals(0, new Card(CardState.LEARNING, null, null, null, T, null).step());
    }

    @Test
    void preview_gives_each_rating_the_interval_that_review_would_give() {
        Card learning = Card.newCard(T);
        var preview = noFuzz.previewIntervals(learning, T);

        assertEquals(List.of(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY), List.copyOf(preview.keySet()));
        assertEquals(Duration.ofMinutes(1), preview.get(Rating.AGAIN));
        assertEquals(Duration.ofSeconds(330), preview.get(Rating.HARD));
        assertEquals(Duration.ofMinutes(10), preview.get(Rating.GOOD));
        // Easy: first stability w3 = 8.2956 days, rounded to 8
        assertEquals(Duration.ofDays(8), preview.get(Rating.EASY));

        Card inReview = reviewAtDue(noFuzz, reviewAtDue(noFuzz, reviewAtDue(noFuzz, learning, Rating.GOOD),
                Rating.GOOD), Rating.GOOD);
        Instant now = inReview.due();
        for (Rating rating : Rating.values()) {
            Card reviewed = noFuzz.review(inReview, rating, now).card();
            assertEquals(Duration.between(now, reviewed.due()), noFuzz.previewIntervals(inReview, now).get(rating));
        }
    }
}
