package com.quizdeck.quiz;

import java.time.Instant;

/**
 * A quiz as a student sees it in their list, with their own progress.
 *
 * @param questionCount       questions per attempt
 * @param inProgressAttemptId the attempt to resume, or null
 * @param bestPercent         best submitted score in percent, or null
 * @param lastPercent         score of the latest submitted attempt, or null
 * @param lastAttemptId       the latest submitted attempt (for its review), or null
 */
public record StudentQuiz(Long quizId, String title, String className, QuizStatus status, Instant opensAt,
        Instant closesAt, Integer timeLimitMinutes, Integer attemptsAllowed, long questionCount,
        FeedbackTiming feedbackTiming, int attemptsUsed, Long inProgressAttemptId, Double bestPercent,
        Double lastPercent, Long lastAttemptId) {

    /** Null when unlimited. */
    public Integer attemptsLeft() {
        return attemptsAllowed == null ? null : Math.max(0, attemptsAllowed - attemptsUsed);
    }

    public boolean canStart() {
        return status == QuizStatus.OPEN && inProgressAttemptId == null
                && (attemptsAllowed == null || attemptsUsed < attemptsAllowed);
    }

    public boolean canResume() {
        return inProgressAttemptId != null && status != QuizStatus.UPCOMING;
    }

    /** Nothing more to do: closed, or every attempt used. */
    public boolean done() {
        return status == QuizStatus.CLOSED || (status == QuizStatus.OPEN && !canStart() && !canResume());
    }
}
