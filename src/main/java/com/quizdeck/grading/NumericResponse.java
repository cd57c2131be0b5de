package com.quizdeck.grading;

import org.jspecify.annotations.Nullable;

/**
 * What the student typed for a numeric question, as typed: {@code 3,5}, {@code 1 000}, {@code 1.000,5}... How
 * the text is read is documented on {@link NumberInput}.
 */
public record NumericResponse(String raw) implements Response {

    public NumericResponse(@Nullable String raw) {
        this.raw = raw == null ? "" : raw;
    }
}
