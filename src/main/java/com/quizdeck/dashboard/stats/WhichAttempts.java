package com.quizdeck.dashboard.stats;

/**
 * Which finished attempts of each student count towards the statistics. Mirrors the grading-method constants that
 * Moodle's statistics report uses to choose attempts ({@code QUIZ_ATTEMPTFIRST}, {@code QUIZ_GRADEHIGHEST},
 * {@code QUIZ_ATTEMPTLAST}, {@code QUIZ_GRADEAVERAGE}).
 */
public enum WhichAttempts {
    /** The finished attempt with the lowest attempt number of each student. */
    FIRST,
    /** The finished attempt with the highest total mark of each student; ties go to the lower attempt number. */
    BEST,
    /** The finished attempt with the highest attempt number of each student. */
    LAST,
    /** Every finished attempt, each treated as if made by a different student. */
    ALL
}
