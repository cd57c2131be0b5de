package com.quizdeck.study.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * One review as it happened: enough to replay a card's history with other parameters later. Unlike py-fsrs's
 * {@code ReviewLog} it carries no card id, because the card's identity belongs to whoever stores it.
 */
public record ReviewLog(Rating rating, Instant reviewTime) {

    public ReviewLog {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewTime, "reviewTime");
    }
}
