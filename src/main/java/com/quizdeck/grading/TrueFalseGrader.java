package com.quizdeck.grading;

import com.quizdeck.content.TrueFalseQuestion;

/**
 * true_false: full credit for the right answer, none otherwise. Feedback: the one written for the answer given
 * ({@code feedbackTrue} for "true"), then the general feedback.
 */
final class TrueFalseGrader {

    private TrueFalseGrader() {
    }

    static Grade grade(TrueFalseQuestion q, TrueFalseResponse r) {
        return Grade.of(r.answer() == q.answer() ? 1 : 0,
                Feedback.withGeneral(q, r.answer() ? q.feedbackTrue() : q.feedbackFalse()));
    }
}
