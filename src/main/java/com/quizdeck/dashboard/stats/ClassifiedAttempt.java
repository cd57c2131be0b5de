package com.quizdeck.dashboard.stats;

/**
 * An attempt together with the roles it has among the finished attempts of its student.
 *
 * @param attempt the attempt
 * @param first   it is the student's finished attempt with the lowest attempt number
 * @param last    it is the student's finished attempt with the highest attempt number
 * @param best    it is the student's finished attempt with the highest total mark (lowest attempt number on ties)
 */
public record ClassifiedAttempt(Attempt attempt, boolean first, boolean last, boolean best) {

    /** Whether this attempt counts under {@code which}. Unfinished attempts never count. */
    public boolean countsFor(WhichAttempts which) {
        if (!attempt.finished()) {
            return false;
        }
        return switch (which) {
            case FIRST -> first;
            case BEST -> best;
            case LAST -> last;
            case ALL -> true;
        };
    }
}
