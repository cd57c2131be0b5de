package com.quizdeck.content;

import java.util.Objects;

/**
 * An option of a single_choice or multiple_response question, or of a choice blank in a cloze.
 *
 * @param text     the option, in the question's format unless it starts with its own marker
 * @param weight   credit in percent, -100..100 as in Moodle; 100 marks the correct option of a
 *                 single choice, other values give partial credit (or take it away when negative)
 * @param feedback optional, shown when this option was chosen
 */
public record Choice(String text, double weight, String feedback) {

    public Choice {
        Objects.requireNonNull(text, "text");
    }

    public static Choice correct(String text) {
        return new Choice(text, 100, null);
    }

    public static Choice wrong(String text) {
        return new Choice(text, 0, null);
    }

    public boolean correct() {
        return weight == 100;
    }

    public Choice withFeedback(String newFeedback) {
        return new Choice(text, weight, newFeedback);
    }
}
