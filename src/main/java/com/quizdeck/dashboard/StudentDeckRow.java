package com.quizdeck.dashboard;

import java.time.Instant;

/**
 * One student and one deck of a class: the cell of the class grid, and a line of the per-student and "My progress"
 * pages.
 *
 * @param attempts       quiz attempts submitted at quizzes of this deck in this class
 * @param bestPercent    best quiz score in percent; null without an attempt
 * @param lastPercent    score of the latest submitted attempt in percent; null without an attempt
 * @param completion     share (0..1) of the deck's questions the student has studied or answered in a quiz
 * @param cardsDue       flashcards due for review now
 * @param memory         mean predicted retrievability (0..1) of the studied cards now; null when none studied
 * @param lastActivity   latest quiz submission or flashcard review; null when none
 */
public record StudentDeckRow(Long classId, String className, Long studentId, String studentName, Long deckId,
        String deckTitle, long attempts, Double bestPercent, Double lastPercent, double completion, long cardsDue,
        Double memory, Instant lastActivity) {
}
