package com.quizdeck.live;

/**
 * What one player's screen shows: the game as everyone sees it, and their own part.
 *
 * @param answeredCurrent whether they have answered the question that is now shown
 * @param current         their result for the current question, only from the reveal on (else null)
 * @param rank            their rank, when the leaderboard is shown to the class (else 0)
 */
public record PlayerView(LiveSnapshot game, Long playerId, String name, PlayerStatus status, int score, int rank,
        boolean answeredCurrent, MyResult current) {
}
