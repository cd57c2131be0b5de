package com.quizdeck.grading;

import org.jspecify.annotations.Nullable;

/** What the student typed for a short_answer question, as typed ({@code null} is read as empty). */
public record TextResponse(String text) implements Response {

    public TextResponse(@Nullable String text) {
        this.text = text == null ? "" : text;
    }
}
