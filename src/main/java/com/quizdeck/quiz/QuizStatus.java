package com.quizdeck.quiz;

/** Where a quiz stands at a given moment. */
public enum QuizStatus {
    UPCOMING, OPEN, CLOSED
}
