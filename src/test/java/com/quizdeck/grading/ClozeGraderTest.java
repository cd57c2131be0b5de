package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeGraderTest {

    private final Grader grader = new Grader();

    /** "Grant is {1} in Grant's tomb, born in {2} in {3}." */
    private final ClozeQuestion grant = new ClozeQuestion(Q.header("grant", "General."),
            "Grant is {1} in Grant's tomb, born in {2} in {3}.",
            List.of(new ChoiceBlank(List.of(Q.choice("buried", 0, "No one is buried there."),
                            Q.choice("entombed", 100, "Right answer!"), Q.choice("living", 0, "We hope not!"))),
                    new NumericBlank(List.of(Q.value("1822", "0", 100), Q.value("1822", "2", 50)), "Not even close."),
                    new TextBlank(List.of(Q.answer("Point Pleasant", 100, "Ohio!")), false)));

    private Grade grade(String... perBlank) {
        return grader.grade(grant, ClozeResponse.of(perBlank));
    }

    @Test
    void all_blanks_right_earns_full_credit() {
        var grade = grade(ClozeResponse.choice(1), "1822", "point pleasant");
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void each_blank_is_worth_the_same() {
        var grade = grade(ClozeResponse.choice(0), "1822", "Point Pleasant");
        assertThat(grade.fraction()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(grade.status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void a_blank_earns_partial_credit_by_its_own_kinds_rules() {
        var grade = grade(ClozeResponse.choice(1), "1821", "Point Pleasant");
        assertThat(grade.parts().get(1).fraction()).isEqualTo(0.5);
        assertThat(grade.fraction()).isCloseTo(2.5 / 3, within(1e-12));
    }

    @Test
    void a_text_blank_uses_the_short_answer_normal_form() {
        assertThat(grade(ClozeResponse.choice(1), "1822", "POINT-PLEASANT.").parts().get(2).fraction()).isEqualTo(1.0);
    }

    @Test
    void a_case_sensitive_text_blank_tells_the_case() {
        var q = new ClozeQuestion(Q.header("cs"), "{1}", List.of(new TextBlank(List.of(TextAnswer.of("NaCl")), true)));
        assertThat(grader.grade(q, ClozeResponse.of("nacl")).fraction()).isZero();
        assertThat(grader.grade(q, ClozeResponse.of("NaCl")).fraction()).isEqualTo(1.0);
    }

    @Test
    void a_numeric_blank_reads_a_comma_decimal() {
        var q = new ClozeQuestion(Q.header("num"), "{1}", List.of(new NumericBlank(List.of(Q.value("2.5", "0", 100)),
                null)));
        assertThat(grader.grade(q, ClozeResponse.of("2,5")).fraction()).isEqualTo(1.0);
    }

    @Test
    void a_numeric_blank_with_words_says_enter_a_number() {
        var part = grade(ClozeResponse.choice(1), "eighteen twenty-two", "Point Pleasant").parts().get(1);
        assertThat(part.status()).isEqualTo(Status.INCORRECT);
        assertThat(part.feedback()).isEqualTo("Enter a number");
    }

    @Test
    void parts_carry_each_blanks_label_answer_and_feedback() {
        var grade = grade(ClozeResponse.choice(2), "1900", "Springfield");
        assertThat(grade.parts()).extracting(PartGrade::label).containsExactly("{1}", "{2}", "{3}");
        assertThat(grade.parts()).extracting(PartGrade::answer).containsExactly("living", "1900", "Springfield");
        assertThat(grade.parts()).extracting(PartGrade::feedback).containsExactly("We hope not!", "Not even close.", "");
        assertThat(grade.feedback()).isEqualTo("General.");
    }

    @Test
    void empty_blanks_are_not_answered() {
        var grade = grader.grade(grant, ClozeResponse.of(null, "", "  "));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.parts()).extracting(PartGrade::feedback).containsOnly("Not answered");
        assertThat(grade.parts()).extracting(PartGrade::answer).containsOnlyNulls();
    }

    @Test
    void a_response_with_the_wrong_number_of_blanks_is_refused() {
        assertThatThrownBy(() -> grade(ClozeResponse.choice(1), "1822"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 blanks");
    }

    @Test
    void a_choice_blank_takes_an_option_index_not_its_text() {
        assertThatThrownBy(() -> grade("entombed", "1822", "Point Pleasant"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option index");
        assertThatThrownBy(() -> grade("3", "1822", "Point Pleasant"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank {1}");
    }

    @Test
    void a_cloze_without_blanks_cannot_be_graded() {
        var empty = new ClozeQuestion(Q.header("empty"), "no blanks", List.of());
        assertThatThrownBy(() -> grader.grade(empty, ClozeResponse.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no blanks");
    }
}
