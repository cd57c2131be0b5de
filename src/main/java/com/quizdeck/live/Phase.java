package com.quizdeck.live;

import com.quizdeck.live.LiveRefusedException.Reason;
import java.time.Duration;
import java.time.Instant;

/**
 * The state of a game's clock and question, as an immutable value: each host action computes the next
 * phase (or refuses), the game writes it to the database and only then makes it current.
 *
 * @param openedAt the effective opening time of the current question: the deadline minus the
 *                 question's time, so that a pause does not count as thinking time
 * @param remainingMs the time left of a paused question
 */
record Phase(LiveState state, int index, boolean paused, Instant openedAt, Instant deadline, long remainingMs,
        Instant endedAt) {

    static Phase lobby() {
        return new Phase(LiveState.LOBBY, -1, false, null, null, 0, null);
    }

    Phase open(int newIndex, int seconds, Instant now) {
        require(state != LiveState.OPEN && state != LiveState.ENDED, "A question is already open.");
        var deadline = now.plusSeconds(seconds);
        return new Phase(LiveState.OPEN, newIndex, false, now, deadline, 0, null);
    }

    Phase lock() {
        require(state == LiveState.OPEN, "No question is open.");
        return new Phase(LiveState.LOCKED, index, false, openedAt, deadline, 0, null);
    }

    Phase reveal() {
        require(state == LiveState.LOCKED, "Lock the question before revealing the answer.");
        return new Phase(LiveState.REVEALED, index, false, openedAt, deadline, 0, null);
    }

    Phase leaderboard() {
        require(state == LiveState.REVEALED, "Reveal the answer before showing the leaderboard.");
        return new Phase(LiveState.LEADERBOARD, index, false, openedAt, deadline, 0, null);
    }

    Phase pause(Instant now) {
        require(state == LiveState.OPEN && !paused, "Only an open question can be paused.");
        long left = Math.max(0, Duration.between(now, deadline).toMillis());
        return new Phase(LiveState.OPEN, index, true, openedAt, null, left, null);
    }

    Phase resume(int seconds, Instant now) {
        require(state == LiveState.OPEN && paused, "The question is not paused.");
        var newDeadline = now.plusMillis(remainingMs);
        return new Phase(LiveState.OPEN, index, false, newDeadline.minusSeconds(seconds), newDeadline, 0, null);
    }

    Phase end(Instant now) {
        require(state != LiveState.ENDED, "The game is already over.");
        return new Phase(LiveState.ENDED, index, false, openedAt, null, 0, now);
    }

    /** After a restart an open question waits, paused, for the host: players may have lost their screens. */
    Phase restored(int seconds, Instant now) {
        if (state != LiveState.OPEN || paused) {
            return this;
        }
        long left = deadline == null ? 0 : Duration.between(now, deadline).toMillis();
        left = Math.min(seconds * 1000L, Math.max(left, 10_000));
        return new Phase(LiveState.OPEN, index, true, openedAt, null, left, null);
    }

    boolean acceptsAnswers(Instant now) {
        return state == LiveState.OPEN && !paused && deadline != null && now.isBefore(deadline);
    }

    /** The current question's results are public: its answers count in the scores shown. */
    boolean revealed() {
        return state == LiveState.REVEALED || state == LiveState.LEADERBOARD || state == LiveState.ENDED;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new LiveRefusedException(Reason.WRONG_STATE, message);
        }
    }
}
