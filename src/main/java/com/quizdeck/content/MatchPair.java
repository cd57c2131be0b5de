package com.quizdeck.content;

import java.util.Objects;

/**
 * One pair of a matching question.
 *
 * @param left  the item to match, in the question's format unless it carries its own marker
 * @param right the answer it matches, plain text (as in Moodle, where it becomes a menu entry)
 */
public record MatchPair(String left, String right) {

    public MatchPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
