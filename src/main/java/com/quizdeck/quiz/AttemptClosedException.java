package com.quizdeck.quiz;

/**
 * An answer (or a flag) arrived for an attempt that no longer takes any: its time is up or it was
 * submitted. The message says which, for the student.
 */
public class AttemptClosedException extends IllegalStateException {

    public AttemptClosedException(String message) {
        super(message);
    }
}
