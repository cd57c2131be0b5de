package com.quizdeck.live;

/**
 * Points for one answer. Accuracy only: 1,000 times the grade's fraction. With points for speed an
 * instant answer keeps all of it and one at the last moment half: 1,000 x fraction x (1 - t / 2T), with
 * t from the question opening to the answer's arrival, both on the server, and T the question's time.
 */
final class Scoring {

    static final int MAX_POINTS = 1000;

    private Scoring() {
    }

    static int points(double fraction, long answerMillis, long questionMillis, boolean speed) {
        if (fraction <= 0) {
            return 0;
        }
        if (!speed || questionMillis <= 0) {
            return (int) Math.round(MAX_POINTS * fraction);
        }
        double share = Math.min(1, Math.max(0, (double) answerMillis / questionMillis));
        return (int) Math.round(MAX_POINTS * fraction * (1 - share / 2));
    }
}
