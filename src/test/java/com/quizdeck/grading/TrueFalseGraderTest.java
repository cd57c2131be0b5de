package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.Grade.Status;
import org.junit.jupiter.api.Test;

class TrueFalseGraderTest {

    private final Grader grader = new Grader();

    private final TrueFalseQuestion sunRisesInTheEast = new TrueFalseQuestion(Q.header("east"), true,
            "Yes, in the east.", "No: it does rise in the east.");

    @Test
    void the_right_answer_earns_full_credit() {
        assertThat(grader.grade(sunRisesInTheEast, new TrueFalseResponse(true)).status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void the_wrong_answer_earns_nothing() {
        var grade = grader.grade(sunRisesInTheEast, new TrueFalseResponse(false));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
    }

    @Test
    void false_can_be_the_right_answer() {
        var q = new TrueFalseQuestion(Q.header("tomb"), false, null, null);
        assertThat(grader.grade(q, new TrueFalseResponse(false)).fraction()).isEqualTo(1.0);
        assertThat(grader.grade(q, new TrueFalseResponse(true)).fraction()).isZero();
    }

    @Test
    void feedback_is_the_one_written_for_the_answer_given() {
        assertThat(grader.grade(sunRisesInTheEast, new TrueFalseResponse(true)).feedback())
                .isEqualTo("Yes, in the east.");
        assertThat(grader.grade(sunRisesInTheEast, new TrueFalseResponse(false)).feedback())
                .isEqualTo("No: it does rise in the east.");
    }

    @Test
    void without_feedback_there_is_none() {
        var q = new TrueFalseQuestion(Q.header("bare"), true, null, "");
        assertThat(grader.grade(q, new TrueFalseResponse(false)).feedbackTexts()).isEmpty();
    }
}
