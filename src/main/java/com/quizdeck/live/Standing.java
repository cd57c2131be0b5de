package com.quizdeck.live;

/** A line of the leaderboard. Equal scores share a rank. */
public record Standing(int rank, Long playerId, String name, int score) {
}
