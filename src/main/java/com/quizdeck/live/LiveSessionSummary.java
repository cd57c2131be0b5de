package com.quizdeck.live;

import java.time.Instant;

/** A game in the host's list. */
public record LiveSessionSummary(Long id, String joinCode, String title, LiveState state, int questionCount,
        int players, Instant createdAt) {
}
