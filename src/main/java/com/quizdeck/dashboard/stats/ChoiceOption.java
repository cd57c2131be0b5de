package com.quizdeck.dashboard.stats;

import java.util.Objects;

/**
 * One option of a choice question.
 *
 * @param label    how teachers see the option, e.g. "A"
 * @param fraction the grade fraction for choosing it, as in Moodle's answers: 1 for the key of a single-answer
 *                 question, 0 (or negative) for a distractor, a share such as 0.5 for each right option of a
 *                 multiple-response question
 */
public record ChoiceOption(String label, double fraction) {

    public ChoiceOption {
        Objects.requireNonNull(label, "label");
    }

    /** A wrong option: choosing it earns nothing (or costs marks). */
    public boolean distractor() {
        return fraction <= 0.0;
    }
}
