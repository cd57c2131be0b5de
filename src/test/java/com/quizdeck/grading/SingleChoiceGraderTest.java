package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleChoiceGraderTest {

    private final Grader grader = new Grader();

    private final SingleChoiceQuestion difficult = new SingleChoiceQuestion(Q.header("difficult", "General."),
            List.of(Q.choice("wrong answer", 0, "comment on wrong answer"),
                    Q.choice("half credit answer", 50, "comment on answer"),
                    Q.choice("full credit answer", 100, "well done!")), true);

    @Test
    void the_correct_option_earns_full_credit() {
        var grade = grader.grade(difficult, new ChoiceResponse(2));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void an_option_weighted_50_percent_earns_half_credit() {
        var grade = grader.grade(difficult, new ChoiceResponse(1));
        assertThat(grade.fraction()).isEqualTo(0.5);
        assertThat(grade.status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void a_wrong_option_earns_nothing() {
        assertThat(grader.grade(difficult, new ChoiceResponse(0)).status()).isEqualTo(Status.INCORRECT);
    }

    @Test
    void a_negative_weight_never_takes_the_grade_below_zero() {
        var q = new SingleChoiceQuestion(Q.header("neg"), List.of(Q.choice("a", 100), Q.choice("b", -50)), false);
        assertThat(grader.grade(q, new ChoiceResponse(1)).fraction()).isZero();
    }

    @Test
    void feedback_is_the_picked_options_then_the_general_feedback() {
        assertThat(grader.grade(difficult, new ChoiceResponse(0)).feedbackTexts())
                .containsExactly("comment on wrong answer", "General.");
    }

    @Test
    void an_option_index_outside_the_options_is_refused() {
        assertThatThrownBy(() -> grader.grade(difficult, new ChoiceResponse(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option 3");
        assertThatThrownBy(() -> grader.grade(difficult, new ChoiceResponse(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
