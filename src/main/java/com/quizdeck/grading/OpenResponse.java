package com.quizdeck.grading;

import org.jspecify.annotations.Nullable;

/** The free text written for an open question, kept for the teacher ({@code null} is read as empty). */
public record OpenResponse(String text) implements Response {

    public OpenResponse(@Nullable String text) {
        this.text = text == null ? "" : text;
    }
}
