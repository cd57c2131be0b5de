package com.quizdeck.live;

/** The game refused what a player or host asked, with a message a person can act on. */
public class LiveRefusedException extends RuntimeException {

    /** Why, for code that reacts differently (tests, the player screen). */
    public enum Reason {
        NO_SUCH_GAME, GAME_OVER, NOT_OPEN, CLOSED, TOO_LATE, PAUSED, ALREADY_ANSWERED, NOT_A_PLAYER, REMOVED,
        BANNED, GUESTS_NOT_ALLOWED, LATE_JOIN_NOT_ALLOWED, BAD_NICKNAME, NICKNAME_TAKEN, BAD_ANSWER, WRONG_STATE,
        /** The server is shutting down; the answer was not taken and may be sent again (to a node that runs). */
        STOPPING
    }

    private final Reason reason;

    public LiveRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
