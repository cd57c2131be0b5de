package com.quizdeck.quiz;

import com.quizdeck.content.Question;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.NoResponse;
import com.quizdeck.grading.Response;

/**
 * One question of a submitted attempt (or a checked answer), graded against the exact version the
 * student saw.
 *
 * @param points       points earned: the fraction stored when the answer was saved times the quiz's points
 * @param maxPoints    0 for flashcards and open questions, which do not count towards the score
 * @param showsAnswers whether the correct answer, the explanation and the source passage may be shown
 */
public record ReviewItem(int position, Question question, Shuffle shuffle, Response response, Grade grade,
        double points, double maxPoints, boolean showsAnswers) {

    public boolean answered() {
        return !(response instanceof NoResponse);
    }
}
