package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.grading.Grade.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumericGraderTest {

    private final Grader grader = new Grader();

    /** "When was Ulysses S. Grant born?" with full credit for 1822 and half for within 2 years. */
    private final NumericQuestion grantBorn = new NumericQuestion(Q.header("grant-born"),
            List.of(Q.value("1822", "0", 100, "Correct! 100% credit"),
                    Q.value("1822", "2", 50, "He was born in 1822. You get 50% credit for being close.")),
            "Look it up.");

    private Grade grade(NumericQuestion q, String typed) {
        return grader.grade(q, new NumericResponse(typed));
    }

    @Test
    void the_exact_value_earns_full_credit_with_its_feedback() {
        var grade = grade(grantBorn, "1822");
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedback()).isEqualTo("Correct! 100% credit");
    }

    @Test
    void the_best_weighted_accepting_answer_wins_whatever_the_order() {
        var reversed = new NumericQuestion(Q.header("rev"), List.of(grantBorn.answers().get(1),
                grantBorn.answers().get(0)), null);
        assertThat(grade(reversed, "1822").fraction()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1820", "1821", "1823", "1824", "1823.5"})
    void within_the_tolerance_earns_the_wider_answers_weight(String typed) {
        var grade = grade(grantBorn, typed);
        assertThat(grade.fraction()).isEqualTo(0.5);
        assertThat(grade.status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void just_outside_the_tolerance_earns_nothing_and_gets_the_other_answers_feedback() {
        var grade = grade(grantBorn, "1824.01");
        assertThat(grade.fraction()).isZero();
        assertThat(grade.feedback()).isEqualTo("Look it up.");
    }

    @Test
    void a_range_includes_both_ends() {
        var pi = new NumericQuestion(Q.header("pi"), List.of(Q.range("3.141", "3.142", 100)), null);
        assertThat(grade(pi, "3.141").fraction()).isEqualTo(1.0);
        assertThat(grade(pi, "3.142").fraction()).isEqualTo(1.0);
        assertThat(grade(pi, "3.1415").fraction()).isEqualTo(1.0);
        assertThat(grade(pi, "3.1405").fraction()).isZero();
        assertThat(grade(pi, "3.14").fraction()).isZero();
    }

    @Test
    void a_comma_decimal_separator_is_accepted() {
        var pi = new NumericQuestion(Q.header("pi"), List.of(Q.value("3.1415", "0.0005", 100)), null);
        assertThat(grade(pi, "3,1416").fraction()).isEqualTo(1.0);
    }

    @Test
    void thousands_separators_are_accepted() {
        var population = new NumericQuestion(Q.header("pop"), List.of(Q.value("2500000", "0", 100)), null);
        assertThat(grade(population, "2,500,000").fraction()).isEqualTo(1.0);
        assertThat(grade(population, "2.500.000").fraction()).isEqualTo(1.0);
        assertThat(grade(population, "2 500 000").fraction()).isEqualTo(1.0);
        assertThat(grade(population, "2.500.000,0").fraction()).isEqualTo(1.0);
    }

    @Test
    void an_ambiguous_1_000_is_a_thousand_when_a_thousand_is_the_answer() {
        var q = new NumericQuestion(Q.header("k"), List.of(Q.value("1000", "0", 100)), null);
        var grade = grade(q, "1,000");
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedback()).contains("Read as 1000").contains("could also mean 1.000");
    }

    @Test
    void an_ambiguous_3_142_is_pi_when_pi_is_the_answer() {
        var pi = new NumericQuestion(Q.header("pi"), List.of(Q.range("3.141", "3.142", 100)), null);
        assertThat(grade(pi, "3,142").fraction()).isEqualTo(1.0);
        assertThat(grade(pi, "3.142").feedback()).contains("Read as 3.142");
    }

    @Test
    void an_unambiguous_number_gets_no_note_about_reading() {
        assertThat(grade(grantBorn, "1822").feedback()).doesNotContain("Read as");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighteen twenty-two", "1822 AD", "about 1822", "1822?", ""})
    void not_a_number_is_incorrect_with_enter_a_number(String typed) {
        var grade = grade(grantBorn, typed);
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
        assertThat(grade.feedback()).isEqualTo("Enter a number");
    }

    @Test
    void a_negative_answer_accepts_the_minus_sign_typed_in_any_form() {
        var q = new NumericQuestion(Q.header("neg"), List.of(Q.value("-273.15", "0", 100)), null);
        assertThat(grade(q, "-273.15").fraction()).isEqualTo(1.0);
        assertThat(grade(q, "−273,15").fraction()).isEqualTo(1.0);
    }

    @Test
    void an_exact_value_compares_numbers_not_their_spelling() {
        var q = new NumericQuestion(Q.header("half"), List.of(NumericAnswer.Value.exactly(new BigDecimal("0.5"))),
                null);
        assertThat(grade(q, "0.500").fraction()).isEqualTo(1.0);
        assertThat(grade(q, "5e-1").fraction()).isEqualTo(1.0);
    }

    @Test
    void the_general_feedback_comes_last() {
        var q = grantBorn.withHeader(grantBorn.header().withGeneralFeedback("Grant was the 18th president."));
        assertThat(grade(q, "1900").feedbackTexts()).containsExactly("Look it up.", "Grant was the 18th president.");
    }
}
