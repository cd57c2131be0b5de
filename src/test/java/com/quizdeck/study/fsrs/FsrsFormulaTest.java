package com.quizdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Single formula steps checked against values worked out by hand from the FSRS-6 formulas (shared/FSRS.md and
 * py-fsrs's scheduler.py) with the default weights; each comment shows the arithmetic. Tolerances allow for the
 * last bits of {@code pow}, nothing more.
 */
class FsrsFormulaTest {

    private static final Instant T = Instant.parse("2022-11-29T12:30:00Z");
    private static final double EPS = 1e-9;

    private final Scheduler scheduler = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false));

    private Card first(Rating rating) {
        return scheduler.review(Card.newCard(T), rating, T).card();
    }

    @Test
    void first_review_takes_stability_from_w0_to_w3_and_difficulty_from_d0() {
        // S0 = w[G-1]; D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to [1, 10]
        assertEquals(0.212, first(Rating.AGAIN).stability());
        assertEquals(1.2931, first(Rating.HARD).stability());
        assertEquals(2.3065, first(Rating.GOOD).stability());
        assertEquals(8.2956, first(Rating.EASY).stability());

        // 6.4133 - e^0 + 1
        assertEquals(6.4133, first(Rating.AGAIN).difficulty(), EPS);
        // 7.4133 - e^0.8334 = 7.4133 - 2.301129294...
        assertEquals(5.112170705601056, first(Rating.HARD).difficulty(), EPS);
        // 7.4133 - e^1.6668 = 7.4133 - 5.295196029...
        assertEquals(2.118103970459016, first(Rating.GOOD).difficulty(), EPS);
        // 7.4133 - e^2.5002 = -4.7716307..., clamped
        assertEquals(1.0, first(Rating.EASY).difficulty());
    }

    @Test
    void same_day_good_never_lowers_stability() {
        // SInc = e^(w17 (3 - 3 + w18)) * 2.3065^-w19 = 1.05072037 * 0.94649356 = 0.99450007 < 1, so SInc = 1
        Card card = scheduler.review(first(Rating.GOOD), Rating.GOOD, T.plus(Duration.ofMinutes(10))).card();

        assertEquals(2.3065, card.stability());
        // D = w7 * D0(4, unclamped) + (1 - w7) * 2.118103970459016 = 0.001 * -4.771630703161737 + 0.999 * 2.11810397...
        assertEquals(2.111214235785395, card.difficulty(), EPS);
    }

    @Test
    void same_day_reviews_of_a_new_again_card_scale_stability_by_the_short_term_factor() {
        Card again = first(Rating.AGAIN);
        Instant later = T.plus(Duration.ofMinutes(1));

        // S' = 0.212 * e^(w17 (G - 3 + w18)) * 0.212^-w19; only Good and Easy are held at SInc >= 1
        assertEquals(0.08335671711031604, scheduler.review(again, Rating.AGAIN, later).card().stability(), EPS);
        assertEquals(0.14339874769184835, scheduler.review(again, Rating.HARD, later).card().stability(), EPS);
        assertEquals(0.24668918777567272, scheduler.review(again, Rating.GOOD, later).card().stability(), EPS);
        assertEquals(0.42437996387663374, scheduler.review(again, Rating.EASY, later).card().stability(), EPS);
    }

    @Test
    void reviews_8_days_after_an_easy_start_use_the_long_term_formulas() {
        // Easy first: S = 8.2956, D = 1, due in round(8.2956) = 8 days.
        Card easy = first(Rating.EASY);
        assertEquals(Duration.ofDays(8), Duration.between(T, easy.due()));
        Instant due = easy.due();
        // R = (1 + FACTOR * 8 / 8.2956)^-0.1542 with FACTOR = 0.9^(1/-0.1542) - 1 = 0.98034649...
        assertEquals(0.9024733005284542, scheduler.retrievability(easy, due), EPS);

        // Recall: S' = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) * w15 if Hard * w16 if Easy)
        Card good = scheduler.review(easy, Rating.GOOD, due).card();
        assertEquals(38.90514998232684, good.stability(), EPS);
        assertEquals(Duration.ofDays(39), Duration.between(due, good.due()));
        assertEquals(26.704183359371363, scheduler.review(easy, Rating.HARD, due).card().stability(), EPS);
        assertEquals(65.62422616189994, scheduler.review(easy, Rating.EASY, due).card().stability(), EPS);

        // Forget: min(w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), S / e^(w17 w18)) = min(1.38863246, 7.89515479)
        Card again = scheduler.review(easy, Rating.AGAIN, due).card();
        assertEquals(1.3886324609821161, again.stability(), EPS);
        // D' = 1 + (10 - 1) * (2 w6) / 9 = 7.0388, then 0.001 * -4.7716307 + 0.999 * 7.0388
        assertEquals(7.0269895692968385, again.difficulty(), EPS);
    }

    @Test
    void difficulty_moves_by_rating_with_damping_and_mean_reversion() {
        Card easy = first(Rating.EASY);
        Instant due = easy.due();

        // From D = 1: Hard adds (10 - 1) * w6 / 9 = 3.0194 before reversion: 0.001 * -4.77163 + 0.999 * 4.0194
        assertEquals(4.010608969296839, scheduler.review(easy, Rating.HARD, due).card().difficulty(), EPS);
        // Good leaves 1, reversion pulls it to 0.99422837, the clamp puts it back to 1
        assertEquals(1.0, scheduler.review(easy, Rating.GOOD, due).card().difficulty());
        assertEquals(1.0, scheduler.review(easy, Rating.EASY, due).card().difficulty());
    }

    @Test
    void a_relearning_card_a_day_late_uses_the_long_term_recall_formula() {
        Card easy = first(Rating.EASY);
        Card relearning = scheduler.review(easy, Rating.AGAIN, easy.due()).card();
        Instant dayLate = relearning.due().plus(Duration.ofDays(1));

        Card good = scheduler.review(relearning, Rating.GOOD, dayLate).card();

        // One whole day since the Again: R = (1 + FACTOR / 1.38863246)^-0.1542 = 0.92093637;
        // S' = 1.38863246 (1 + e^1.8722 (11 - 7.02698957) 1.38863246^-0.1666 (e^(0.796 (1 - R)) - 1))
        assertEquals(3.594938000169363, good.stability(), EPS);
        assertEquals(7.0151909490243805, good.difficulty(), EPS);
        assertEquals(CardState.REVIEW, good.state());
        assertEquals(Duration.ofDays(4), Duration.between(dayLate, good.due()));
    }

    @Test
    void a_same_day_again_in_relearning_uses_the_short_term_formula() {
        Card easy = first(Rating.EASY);
        Card relearning = scheduler.review(easy, Rating.AGAIN, easy.due()).card();

        Card again = scheduler.review(relearning, Rating.AGAIN, relearning.due()).card();

        // S' = 1.38863246 * e^(w17 (1 - 3 + w18)) * 1.38863246^-w19
        assertEquals(0.4824837699764583, again.stability(), EPS);
        assertEquals(9.008020057195637, again.difficulty(), EPS);
        assertEquals(0, again.step());
    }

    @Test
    void retrievability_is_90_percent_after_stability_days_and_counts_whole_days_only() {
        Card easy = first(Rating.EASY);
        Card tenDays = new Card(CardState.REVIEW, null, 10.0, 5.0, T, T);

        assertEquals(1.0, scheduler.retrievability(easy, T.plus(Duration.ofHours(23))));
        assertEquals(0.9, scheduler.retrievability(tenDays, T.plus(Duration.ofDays(10))), 1e-12);
        // (1 + FACTOR * 20 / 10)^-0.1542
        assertEquals(0.8458846451494336, scheduler.retrievability(tenDays, T.plus(Duration.ofDays(20))), EPS);
        assertEquals(scheduler.retrievability(tenDays, T.plus(Duration.ofDays(20))),
                scheduler.retrievability(tenDays, T.plus(Duration.ofDays(20)).plus(Duration.ofHours(23))));
        // A time before the last review counts as no time at all.
        assertEquals(1.0, scheduler.retrievability(tenDays, T.minus(Duration.ofDays(3))));
    }

    @Test
    void intervals_round_half_to_even_like_python() {
        // At 90 % retention the interval equals the stability: 2.5 -> 2, 3.5 -> 4, 498.5 -> 498 (half-up gives 3, 499)
        assertEquals(2, scheduler.nextInterval(2.5));
        assertEquals(4, scheduler.nextInterval(3.5));
        assertEquals(498, scheduler.nextInterval(498.5));
        // at least one day, at most the maximum interval
        assertEquals(1, scheduler.nextInterval(0.4));
        assertEquals(36500, scheduler.nextInterval(1e6));
    }

    @Test
    void elapsed_days_are_whole_days_rounded_down_like_python_timedelta_days() {
        assertEquals(0, Scheduler.wholeDaysBetween(T, T.plus(Duration.ofHours(23).plusMinutes(59))));
        assertEquals(1, Scheduler.wholeDaysBetween(T, T.plus(Duration.ofDays(1))));
        assertEquals(-1, Scheduler.wholeDaysBetween(T, T.minusNanos(1_000)));
        assertEquals(-1, Scheduler.wholeDaysBetween(T, T.minus(Duration.ofDays(1))));
        assertEquals(-2, Scheduler.wholeDaysBetween(T, T.minus(Duration.ofDays(1)).minusSeconds(1)));
    }

    @Test
    void a_lower_retention_gives_longer_intervals() {
        Scheduler at80 = new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(false)
                .withDesiredRetention(0.8));

        // S / FACTOR * (0.8^(1/-0.1542) - 1) = 8.2956 / 0.98034649 * 3.25078955 = 27.5079 -> 28
        Card easy = at80.review(Card.newCard(T), Rating.EASY, T).card();

        assertEquals(Duration.ofDays(28), Duration.between(T, easy.due()));
    }
}
