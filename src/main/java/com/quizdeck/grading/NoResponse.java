package com.quizdeck.grading;

/**
 * Nothing was answered. Auto-graded questions grade it as incorrect ("Not answered"); flashcards and open
 * questions as not graded.
 */
public record NoResponse() implements Response {

    static final NoResponse INSTANCE = new NoResponse();
}
