package com.quizdeck.grading;

/**
 * How well a student says they recalled a flashcard; the same four buttons as the FSRS scheduler. What each is
 * worth is decided in {@link FlashcardGrader}.
 */
public enum SelfRating {
    AGAIN,
    HARD,
    GOOD,
    EASY
}
