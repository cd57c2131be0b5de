package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleResponseGraderTest {

    private final Grader grader = new Grader();

    /** Moodle's "What two people are entombed in Grant's tomb?" with negative weights. */
    private final MultipleResponseQuestion tomb = new MultipleResponseQuestion(Q.header("tomb"),
            List.of(Q.choice("No one", -50), Q.choice("Grant", 50), Q.choice("Grant's wife", 50),
                    Q.choice("Grant's father", -50)), true);

    @Test
    void both_right_options_earn_full_credit() {
        assertThat(grader.grade(tomb, MultiChoiceResponse.of(1, 2)).status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void one_of_two_right_options_earns_half() {
        assertThat(grader.grade(tomb, MultiChoiceResponse.of(2)).fraction()).isEqualTo(0.5);
    }

    @Test
    void a_wrong_option_takes_its_negative_weight_away() {
        assertThat(grader.grade(tomb, MultiChoiceResponse.of(1, 2, 3)).fraction()).isEqualTo(0.5);
    }

    @Test
    void ticking_everything_does_not_pay() {
        assertThat(grader.grade(tomb, MultiChoiceResponse.of(0, 1, 2, 3)).fraction()).isZero();
    }

    @Test
    void the_sum_never_goes_below_zero() {
        var grade = grader.grade(tomb, MultiChoiceResponse.of(0, 3));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
    }

    @Test
    void the_sum_is_capped_at_one() {
        var generous = new MultipleResponseQuestion(Q.header("generous"),
                List.of(Q.choice("a", 100), Q.choice("b", 100)), false);
        assertThat(grader.grade(generous, MultiChoiceResponse.of(0, 1)).fraction()).isEqualTo(1.0);
    }

    @Test
    void three_moodle_thirds_make_full_credit() {
        var thirds = new MultipleResponseQuestion(Q.header("thirds"), List.of(Q.choice("a", 33.33333),
                Q.choice("b", 33.33333), Q.choice("c", 33.33333), Q.choice("d", -100)), false);
        var grade = grader.grade(thirds, MultiChoiceResponse.of(0, 1, 2));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
        assertThat(grader.grade(thirds, MultiChoiceResponse.of(0)).fraction()).isCloseTo(1 / 3.0, within(1e-6));
    }

    @Test
    void ticking_nothing_earns_nothing_and_says_not_answered() {
        var grade = grader.grade(tomb, MultiChoiceResponse.of());
        assertThat(grade.fraction()).isZero();
        assertThat(grade.feedback()).isEqualTo("Not answered");
    }

    @Test
    void feedback_lists_every_ticked_option_in_the_questions_order() {
        var q = new MultipleResponseQuestion(Q.header("fb", "General."), List.of(Q.choice("a", 50, "A!"),
                Q.choice("b", -100, "B!"), Q.choice("c", 50, "C!")), false);
        assertThat(grader.grade(q, MultiChoiceResponse.of(2, 0)).feedbackTexts()).containsExactly("A!", "C!",
                "General.");
    }

    @Test
    void an_option_index_outside_the_options_is_refused() {
        assertThatThrownBy(() -> grader.grade(tomb, MultiChoiceResponse.of(1, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option 4");
    }
}
