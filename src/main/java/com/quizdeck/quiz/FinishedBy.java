package com.quizdeck.quiz;

/** Who ended an attempt: the student pressing "Submit", or the deadline. */
public enum FinishedBy {
    STUDENT, TIME_UP
}
