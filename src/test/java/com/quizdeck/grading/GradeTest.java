package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.grading.Grade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeTest {

    @Test
    void status_follows_the_fraction() {
        assertThat(Status.of(1)).isEqualTo(Status.CORRECT);
        assertThat(Status.of(0.5)).isEqualTo(Status.PARTIAL);
        assertThat(Status.of(0)).isEqualTo(Status.INCORRECT);
    }

    @Test
    void a_fraction_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> new Grade(1.5, Status.CORRECT, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new Grade(Double.NaN, Status.INCORRECT, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_status_that_contradicts_the_fraction_is_refused() {
        assertThatThrownBy(() -> new Grade(0.5, Status.CORRECT, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grade(0.5, Status.NOT_GRADED, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moodle_thirds_that_sum_to_99_99999_percent_count_as_full_credit() {
        var grade = Grade.of(3 * 0.3333333, List.of());
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void negative_sums_are_floored_at_zero_and_excess_capped_at_one() {
        assertThat(Grade.of(-0.5, List.of()).fraction()).isEqualTo(0.0);
        assertThat(Grade.of(1.7, List.of()).fraction()).isEqualTo(1.0);
    }

    @Test
    void feedback_joins_the_texts_without_their_format_markers() {
        var grade = Grade.of(0, List.of("[html]wrong, it's yellow", "general"));
        assertThat(grade.feedback()).isEqualTo("wrong, it's yellow\ngeneral");
        assertThat(grade.feedbackTexts()).containsExactly("[html]wrong, it's yellow", "general");
    }

    @Test
    void no_feedback_is_an_empty_string() {
        assertThat(Grade.of(1, List.of()).feedback()).isEmpty();
    }
}
