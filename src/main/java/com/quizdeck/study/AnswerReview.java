package com.quizdeck.study;

import java.time.Instant;

/**
 * A graded answer from a quiz or a live session, to count as a review of the student's card for that question.
 *
 * @param versionId  the question version the student saw
 * @param fraction   the grade, 0 to 1
 * @param autoGraded false for flashcard and open questions, which carry no grade: those are not counted
 * @param answeredAt when the answer was given; null when not answered: not counted
 * @param fast       answered right and fast (live play): Easy where the card is already learnt; see
 *                   {@link StudyService#recordAnswers}
 */
public record AnswerReview(Long questionId, Long versionId, double fraction, boolean autoGraded, Instant answeredAt,
        boolean fast) {
}
