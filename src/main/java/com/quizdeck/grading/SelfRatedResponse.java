package com.quizdeck.grading;

import java.util.Objects;

/** The student's own rating of a flashcard after turning it over. */
public record SelfRatedResponse(SelfRating rating) implements Response {

    public SelfRatedResponse {
        Objects.requireNonNull(rating, "rating");
    }
}
