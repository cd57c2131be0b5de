package com.quizdeck.quiz;

import java.time.Instant;

/** Read models of quiz scores for dashboards: aggregates per student and deck, and attempts as points in time. */
public final class StudentScores {

    private StudentScores() {
    }

    /**
     * One student's submitted attempts at the quizzes of one deck in one class.
     *
     * @param bestPercent best score of any attempt, percent of its maximum
     * @param lastPercent score of the most recently submitted attempt
     */
    public record DeckScore(Long studentId, Long deckId, long attempts, double bestPercent, double lastPercent,
            Instant lastSubmittedAt) {
    }

    /** A submitted attempt, for charts over time. */
    public record AttemptPoint(Long attemptId, Long classId, Long quizId, String quizTitle, Long deckId,
            int attemptNo, Instant submittedAt, double score, double maxScore) {

        public double percent() {
            return maxScore == 0 ? 0 : 100.0 * score / maxScore;
        }
    }

    /**
     * How one student did on one question over all their submitted attempts in a class.
     *
     * @param meanFraction mean grade fraction (0..1) over the attempts that had the question
     */
    public record QuestionScore(Long questionId, Long deckId, String prompt, long answered, double meanFraction) {
    }
}
