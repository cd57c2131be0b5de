package com.quizdeck.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A live game at one moment, the same object for the projector and every phone: built once per change
 * and pushed to every screen.
 *
 * @param seq            grows with every change; a screen ignores an older one
 * @param index          0-based position of the current question; -1 in the lobby
 * @param question       the current question; null in the lobby and at the end
 * @param deadline       when the open question locks; null when not open or paused
 * @param remainingMillis the time left of a paused question
 * @param answered       answers to the current question so far
 * @param distribution   per option in {@code question.optionOrder()} (choice and true/false questions: true
 *                       then false), or right / partly right / wrong for other types
 * @param players        every player, in joining order
 * @param leaderboard    players by score, best first (all of them)
 * @param ranks          player id to rank
 */
public record LiveSnapshot(long seq, Long sessionId, String joinCode, String title, LiveState state, boolean paused,
        int index, int questionCount, LiveQuestion question, Instant deadline, long remainingMillis, int answered,
        int activePlayers, List<Integer> distribution, List<String> distributionLabels, List<PlayerInfo> players,
        List<Standing> leaderboard, Map<Long, Integer> ranks, LiveSettings settings) {

    public boolean isLast() {
        return index >= questionCount - 1;
    }

    /** The first three of the leaderboard (fewer with fewer players). */
    public List<Standing> podium() {
        return leaderboard.stream().limit(3).toList();
    }
}
