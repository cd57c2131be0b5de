package com.quizdeck.live;

import java.time.Instant;

/**
 * How one signed-in student did in one live game, for dashboards.
 *
 * @param rank     final rank, or null while the game has not ended
 * @param score    final points, or null while the game has not ended
 * @param answered questions they answered
 * @param correct  of those, answered fully right
 */
public record LiveResult(Long sessionId, String title, Long deckId, Instant playedAt, LiveState state,
        Long studentId, Integer rank, Integer score, long answered, long correct, long players) {
}
