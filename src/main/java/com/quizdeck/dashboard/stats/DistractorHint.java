package com.quizdeck.dashboard.stats;

import org.jspecify.annotations.Nullable;

/**
 * A plain-language hint for the teacher about one choice question.
 *
 * @param kind        what the hint is about
 * @param optionLabel the option it concerns, or {@code null} for hints about the whole question
 * @param message     the sentence to show
 */
public record DistractorHint(Kind kind, @Nullable String optionLabel, String message) {

    /** Kinds of hint. */
    public enum Kind {
        /** A wrong option was chosen more often than the correct answer. */
        WRONG_OPTION_PREFERRED,
        /** Nobody chose a wrong option, so it does not distract anyone. */
        UNUSED_DISTRACTOR,
        /** The question's discrimination index is negative. */
        NEGATIVE_DISCRIMINATION,
        /** The question's discrimination index is positive but low. */
        LOW_DISCRIMINATION
    }
}
