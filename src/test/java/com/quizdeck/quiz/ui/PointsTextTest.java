package com.quizdeck.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Points read as numbers in the reader's locale (English without a UI): whole, or with up to two decimals. */
class PointsTextTest {

    @Test
    void points_drop_needless_decimals_and_round_half_up() {
        assertThat(QuizDetailView.points(3.0)).isEqualTo("3");
        assertThat(QuizDetailView.points(2.5)).isEqualTo("2.5");
        assertThat(QuizDetailView.points(1.125)).isEqualTo("1.13");
        assertThat(QuizDetailView.points(2.999)).isEqualTo("3"); // was "3." when the trailing zeros were cut off
        assertThat(QuizDetailView.points(null)).isEqualTo("–");
    }
}
