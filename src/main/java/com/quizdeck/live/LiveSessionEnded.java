package com.quizdeck.live;

import java.time.Instant;

/** Published when a host ends a game (after the last question or early); its report is then final. */
public record LiveSessionEnded(Long sessionId, Long hostId, Long deckId, Instant endedAt, int players) {
}
