package com.quizdeck.quiz;

import java.time.Instant;

/**
 * What an instructor chooses when assigning a deck to a class as a quiz.
 *
 * @param closesAt           null: never closes
 * @param timeLimitMinutes   null: no time limit
 * @param attemptsAllowed    null: unlimited
 * @param questionCount      null: every question of the deck; else that many drawn at random per attempt
 * @param shuffleOptions     options of choice questions (and choice blanks) in random order, where the
 *                           question allows it; matching menus and ordering items are always shuffled,
 *                           since their stored order is the answer
 * @param reviewShowsAnswers the review shows correct answers, explanations and source passages
 */
public record QuizSettings(Long classId, Long deckId, String title, Instant opensAt, Instant closesAt,
        Integer timeLimitMinutes, Integer attemptsAllowed, Integer questionCount, boolean shuffleQuestions,
        boolean shuffleOptions, FeedbackTiming feedbackTiming, int pointsPerQuestion, boolean reviewShowsAnswers) {

    /** Sensible defaults for a new quiz: open now, no limits, feedback after submitting, 1 point each. */
    public static QuizSettings defaults(Long classId, Long deckId, String title, Instant opensAt) {
        return new QuizSettings(classId, deckId, title, opensAt, null, null, null, null, false, true,
                FeedbackTiming.AFTER_SUBMIT, 1, true);
    }
}
