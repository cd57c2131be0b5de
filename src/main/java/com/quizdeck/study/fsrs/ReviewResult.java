package com.quizdeck.study.fsrs;

import java.util.Objects;

/** The card after a review, and the log entry of that review. */
public record ReviewResult(Card card, ReviewLog log) {

    public ReviewResult {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(log, "log");
    }
}
