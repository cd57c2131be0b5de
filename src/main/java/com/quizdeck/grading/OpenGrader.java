package com.quizdeck.grading;

import com.quizdeck.content.OpenQuestion;

/**
 * open: read by a teacher, so never graded here; the grade is {@link Grade.Status#NOT_GRADED} with the general
 * feedback. The question's guidance is for the teacher and is not shown.
 */
final class OpenGrader {

    private OpenGrader() {
    }

    static Grade grade(OpenQuestion q, OpenResponse r) {
        return Grade.notGraded(Feedback.withGeneral(q));
    }
}
