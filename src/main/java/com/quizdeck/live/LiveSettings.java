package com.quizdeck.live;

/**
 * How a live game plays.
 *
 * @param secondsPerQuestion default time for each question (5..600); a question may override it
 * @param speedPoints        faster right answers earn more (up to 1,000 points, at least 500 for a right
 *                           answer); otherwise only accuracy counts (1,000 times the fraction)
 * @param showLeaderboard    whether the class sees the leaderboard between questions and players their rank
 * @param hideResultsUntilReveal whether the answer distribution stays hidden on the projector until the reveal
 * @param guestsAllowed      whether people without an account may join with a nickname
 * @param lateJoinAllowed    whether new players may join after the first question opened
 */
public record LiveSettings(int secondsPerQuestion, boolean speedPoints, boolean showLeaderboard,
        boolean hideResultsUntilReveal, boolean guestsAllowed, boolean lateJoinAllowed) {

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 600;

    public LiveSettings {
        if (secondsPerQuestion < MIN_SECONDS || secondsPerQuestion > MAX_SECONDS) {
            throw new IllegalArgumentException("Time per question must be between " + MIN_SECONDS + " and "
                    + MAX_SECONDS + " seconds.");
        }
    }

    /** 20 s per question, points for speed, leaderboard shown, results hidden until the reveal, guests and late joiners welcome. */
    public static LiveSettings defaults() {
        return new LiveSettings(20, true, true, true, true, true);
    }

    public LiveSettings withSeconds(int seconds) {
        return new LiveSettings(seconds, speedPoints, showLeaderboard, hideResultsUntilReveal, guestsAllowed,
                lateJoinAllowed);
    }
}
