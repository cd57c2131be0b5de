package com.quizdeck.quiz;

/**
 * The life of an attempt, as in Moodle: in progress, then submitted by the student; or, when the
 * deadline passes first, overdue, and then submitted by the server with the answers saved so far
 * (or abandoned when there are none).
 */
public enum AttemptState {
    IN_PROGRESS, OVERDUE, SUBMITTED, ABANDONED;

    public boolean finished() {
        return this == SUBMITTED || this == ABANDONED;
    }
}
