package com.quizdeck.quiz;

import java.time.Instant;
import java.util.List;

/**
 * Published when a quiz attempt is submitted (by the student or by the deadline job), after the
 * transaction that graded it commits. Other modules react without quiz depending on them: the
 * flashcard scheduler counts each graded answer as a review, the dashboard refreshes.
 *
 * @param answers every question of the attempt with its grade; unanswered ones have fraction 0
 */
public record AttemptSubmitted(Long attemptId, Long studentId, Long classId, Long deckId, Instant submittedAt,
        List<GradedAnswer> answers) {

    public AttemptSubmitted {
        answers = List.copyOf(answers);
    }

    /**
     * @param questionId the deck question (stable across edits)
     * @param versionId  the exact version the student saw
     * @param fraction   0..1
     * @param autoGraded false for flashcard and open questions, which carry no grade
     * @param answeredAt when the answer was last saved; null when not answered
     */
    public record GradedAnswer(Long questionId, Long versionId, double fraction, boolean autoGraded,
            Instant answeredAt) {
    }
}
