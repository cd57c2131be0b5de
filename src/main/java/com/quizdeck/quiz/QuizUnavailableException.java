package com.quizdeck.quiz;

/** A student cannot start an attempt now: the quiz is not open, or every attempt is used. The message says which. */
public class QuizUnavailableException extends IllegalStateException {

    public QuizUnavailableException(String message) {
        super(message);
    }
}
