package com.quizdeck.content;

import java.util.Objects;

/**
 * An accepted answer of a short_answer question or a text blank.
 *
 * @param text     what the student types; {@code *} matches any run of characters, as in Moodle
 * @param weight   credit in percent, 0..100
 * @param feedback optional, shown when this answer matched
 */
public record TextAnswer(String text, double weight, String feedback) {

    public TextAnswer {
        Objects.requireNonNull(text, "text");
    }

    public static TextAnswer of(String text) {
        return new TextAnswer(text, 100, null);
    }
}
