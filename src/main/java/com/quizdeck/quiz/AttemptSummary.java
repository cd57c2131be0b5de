package com.quizdeck.quiz;

import java.time.Instant;

/** An attempt in a student's history of a quiz. Score fields are null until it is submitted. */
public record AttemptSummary(Long attemptId, Long quizId, int attemptNo, AttemptState state, Instant startedAt,
        Instant deadline, Instant submittedAt, FinishedBy finishedBy, Double score, Double maxScore) {

    /** Score in percent, null when not submitted; a quiz of only ungraded questions counts as 100 when submitted. */
    public Double percent() {
        if (state != AttemptState.SUBMITTED || score == null) {
            return null;
        }
        return maxScore == null || maxScore == 0 ? 100.0 : 100.0 * score / maxScore;
    }
}
