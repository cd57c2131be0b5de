package com.quizdeck.dashboard.stats;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Random guess scores (as a fraction 0..1) following Moodle's {@code get_random_guess_score()} of the core question
 * types.
 */
public final class RandomGuessScores {

    private RandomGuessScores() {
    }

    /**
     * Single-answer multiple choice: the mean of the fractions of all choices (qtype_multichoice). For one right
     * answer out of four this is 0.25.
     *
     * @param choiceFractions the grade fraction of each choice (1 for the key, 0 for a distractor, may be negative)
     * @return the score, or {@code null} when there are no choices
     */
    public static @Nullable Double singleChoice(List<Double> choiceFractions) {
        if (choiceFractions.isEmpty()) {
            return null;
        }
        double total = 0.0;
        for (double fraction : choiceFractions) {
            total += fraction;
        }
        return total / choiceFractions.size();
    }

    /** True/false: 0.5 (qtype_truefalse). */
    public static double trueFalse() {
        return 0.5;
    }

    /**
     * Multiple-response multiple choice: Moodle does not estimate it ("pretty much impossible to compute"), so
     * {@code null}.
     */
    public static @Nullable Double multipleResponse() {
        return null;
    }

    /**
     * Short answer: the fraction of a catch-all {@code *} answer if there is one, else 0 (qtype_shortanswer).
     */
    public static double shortAnswer(@Nullable Double wildcardFraction) {
        return wildcardFraction == null ? 0.0 : wildcardFraction;
    }
}
