package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortAnswerGraderTest {

    private final Grader grader = new Grader();

    private static ShortAnswerQuestion question(TextAnswer... answers) {
        return new ShortAnswerQuestion(Q.header("sa"), List.of(answers), false, false, false);
    }

    private static ShortAnswerQuestion caseSensitive(TextAnswer... answers) {
        return new ShortAnswerQuestion(Q.header("sa"), List.of(answers), true, false, false);
    }

    private static ShortAnswerQuestion accentInsensitive(TextAnswer... answers) {
        return new ShortAnswerQuestion(Q.header("sa"), List.of(answers), false, true, false);
    }

    private static ShortAnswerQuestion forgivingTypos(TextAnswer... answers) {
        return new ShortAnswerQuestion(Q.header("sa"), List.of(answers), false, false, true);
    }

    private double fraction(ShortAnswerQuestion q, String typed) {
        return grader.grade(q, new TextResponse(typed)).fraction();
    }

    // --- normal form -------------------------------------------------------------------------------------------

    @Test
    void kim_jong_un_matches_without_hyphen_or_case() {
        var q = question(TextAnswer.of("Kim Jong-un"));
        assertThat(fraction(q, "kim jong un")).isEqualTo(1.0);
        assertThat(fraction(q, "KIM JONG UN")).isEqualTo(1.0);
        assertThat(fraction(q, "Kim Jong–un")).as("en dash").isEqualTo(1.0);
    }

    @Test
    void a_hyphen_in_the_response_equals_a_space_in_the_answer() {
        assertThat(fraction(question(TextAnswer.of("New York")), "new-york")).isEqualTo(1.0);
    }

    @Test
    void a_hyphen_is_not_the_same_as_nothing() {
        assertThat(fraction(question(TextAnswer.of("Kim Jong-un")), "Kim Jongun")).isZero();
    }

    @Test
    void extra_and_surrounding_whitespace_is_ignored() {
        assertThat(fraction(question(TextAnswer.of("no one")), "  no \t  one \n")).isEqualTo(1.0);
    }

    @Test
    void sentence_punctuation_is_ignored() {
        var q = question(TextAnswer.of("Washington, D.C."));
        assertThat(fraction(q, "washington dc")).isEqualTo(1.0);
        assertThat(fraction(question(TextAnswer.of("no one")), "No one!")).isEqualTo(1.0);
        assertThat(fraction(question(TextAnswer.of("Paris")), "\"Paris\".")).isEqualTo(1.0);
    }

    @Test
    void curly_and_straight_apostrophes_are_equal() {
        var q = question(TextAnswer.of("Grant's wife"));
        assertThat(fraction(q, "Grant’s wife")).isEqualTo(1.0);
        assertThat(fraction(q, "Grant´s wife")).as("acute accent typed as apostrophe").isEqualTo(1.0);
        assertThat(fraction(question(TextAnswer.of("Grant’s wife")), "Grant's wife")).isEqualTo(1.0);
    }

    @Test
    void curly_and_straight_quotes_are_equal() {
        assertThat(fraction(question(TextAnswer.of("“Hamlet”")), "\"Hamlet\"")).isEqualTo(1.0);
    }

    @Test
    void a_point_between_digits_is_kept_so_3_5_is_not_35() {
        var q = question(TextAnswer.of("3.5"));
        assertThat(fraction(q, "3.5")).isEqualTo(1.0);
        assertThat(fraction(q, "35")).isZero();
    }

    @Test
    void meaningful_symbols_are_kept_so_c_sharp_is_not_c() {
        var q = question(TextAnswer.of("C#"));
        assertThat(fraction(q, "c#")).isEqualTo(1.0);
        assertThat(fraction(q, "C")).isZero();
        assertThat(fraction(question(TextAnswer.of("C++")), "C")).isZero();
    }

    @Test
    void nfkc_makes_fullwidth_letters_and_ligatures_plain() {
        assertThat(fraction(question(TextAnswer.of("Paris")), "Ｐａｒｉｓ")).isEqualTo(1.0);
        assertThat(fraction(question(TextAnswer.of("office")), "oﬃce")).isEqualTo(1.0);
    }

    @Test
    void composed_and_decomposed_accents_are_the_same_letter() {
        assertThat(fraction(question(TextAnswer.of("Pyóngyang")), "Pyo\u0301ngyang")).isEqualTo(1.0);
    }

    @Test
    void a_no_break_space_and_a_soft_hyphen_do_not_get_in_the_way() {
        assertThat(fraction(question(TextAnswer.of("no one")), "no\u00A0one")).isEqualTo(1.0);
        assertThat(fraction(question(TextAnswer.of("Pyongyang")), "Pyong\u00ADyang")).isEqualTo(1.0);
    }

    @Test
    void case_folding_covers_sharp_s() {
        assertThat(fraction(question(TextAnswer.of("Straße")), "STRASSE")).isEqualTo(1.0);
    }

    // --- options of the question ------------------------------------------------------------------------------

    @Test
    void a_case_sensitive_question_tells_paris_from_paris() {
        var q = caseSensitive(TextAnswer.of("Paris"));
        assertThat(fraction(q, "Paris")).isEqualTo(1.0);
        assertThat(fraction(q, "paris")).isZero();
    }

    @Test
    void accents_count_unless_the_question_says_otherwise() {
        assertThat(fraction(question(TextAnswer.of("Pyongyang")), "Pyóngyang")).isZero();
        assertThat(fraction(accentInsensitive(TextAnswer.of("Pyongyang")), "Pyóngyang")).isEqualTo(1.0);
        assertThat(fraction(accentInsensitive(TextAnswer.of("Pyóngyang")), "PYONGYANG")).isEqualTo(1.0);
    }

    @Test
    void accent_insensitivity_also_unstrokes_letters_that_do_not_decompose() {
        assertThat(fraction(accentInsensitive(TextAnswer.of("Søren Kierkegaard")), "Soren Kierkegaard")).isEqualTo(1.0);
        assertThat(fraction(accentInsensitive(TextAnswer.of("Łódź")), "Lodz")).isEqualTo(1.0);
        assertThat(fraction(accentInsensitive(TextAnswer.of("Cæsar")), "Caesar")).isEqualTo(1.0);
        assertThat(fraction(question(TextAnswer.of("Søren Kierkegaard")), "Soren Kierkegaard")).isZero();
    }

    // --- wildcards ----------------------------------------------------------------------------------------------

    @Test
    void a_star_matches_any_run_of_characters() {
        var q = question(TextAnswer.of("*ville"));
        assertThat(fraction(q, "Louisville")).isEqualTo(1.0);
        assertThat(fraction(q, "ville")).as("empty run").isEqualTo(1.0);
        assertThat(fraction(q, "Louisvilles")).isZero();
    }

    @Test
    void a_star_in_the_middle_spans_words() {
        var q = question(TextAnswer.of("Kim * un"));
        assertThat(fraction(q, "Kim Jong-un")).isEqualTo(1.0);
        assertThat(fraction(q, "kim il sung")).isZero();
    }

    @Test
    void a_lone_star_matches_any_answer() {
        assertThat(fraction(question(Q.answer("*", 10)), "anything at all")).isEqualTo(0.1);
    }

    @Test
    void regex_characters_in_an_answer_are_literal() {
        var q = question(TextAnswer.of("a+b (c) [d] ^ $"));
        assertThat(fraction(q, "a+b c d ^ $")).isEqualTo(1.0);
        assertThat(fraction(q, "aab c d ^ $")).isZero();
        assertThat(fraction(question(TextAnswer.of("e.g. this")), "eXg this")).isZero();
    }

    @Test
    void an_escaped_star_is_a_literal_star() {
        var q = question(TextAnswer.of("5 \\* 3"));
        assertThat(fraction(q, "5 * 3")).isEqualTo(1.0);
        assertThat(fraction(q, "5 x 3")).isZero();
    }

    @Test
    void a_wildcard_answer_is_compared_in_the_same_normal_form() {
        assertThat(fraction(question(TextAnswer.of("Kim Jong-*")), "KIM JONG UN")).isEqualTo(1.0);
    }

    // --- weights and feedback -----------------------------------------------------------------------------------

    @Test
    void the_best_weighted_matching_answer_wins() {
        var q = question(Q.answer("*", 0, "Completely wrong"), Q.answer("Cat", 50, "Cats!"), Q.answer("Frog", 100, "Good!"));
        var grade = grader.grade(q, new TextResponse("frog"));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedback()).isEqualTo("Good!");
    }

    @Test
    void a_wildcard_with_a_higher_weight_beats_a_literal_with_a_lower_one() {
        var q = question(Q.answer("Nazareth", 50), Q.answer("Naz*", 100));
        assertThat(fraction(q, "Nazareth")).isEqualTo(1.0);
    }

    @Test
    void no_matching_answer_earns_nothing() {
        var grade = grader.grade(question(TextAnswer.of("Frog")), new TextResponse("Dog"));
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
        assertThat(grade.feedbackTexts()).isEmpty();
    }

    @Test
    void an_empty_text_is_not_answered_even_with_a_catch_all_star() {
        var grade = grader.grade(question(TextAnswer.of("Frog"), Q.answer("*", 0, "Completely wrong")),
                new TextResponse("   "));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.feedback()).isEqualTo("Not answered");
    }

    @Test
    void punctuation_only_matches_nothing() {
        assertThat(fraction(question(TextAnswer.of("*")), "?!")).isZero();
    }

    // --- typos ----------------------------------------------------------------------------------------------------

    @Test
    void one_wrong_letter_is_forgiven_in_a_long_answer_when_the_question_says_so() {
        var grade = grader.grade(forgivingTypos(TextAnswer.of("Pyongyang")), new TextResponse("Pyongyong"));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedback()).contains("typo").contains("\"Pyongyang\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pyongyan", "Pyongyangg", "Pyonygang", "Pyongjang"})
    void a_missing_extra_swapped_or_wrong_letter_is_one_typo(String typed) {
        assertThat(fraction(forgivingTypos(TextAnswer.of("Pyongyang")), typed)).isEqualTo(1.0);
    }

    @Test
    void two_typos_are_not_forgiven() {
        assertThat(fraction(forgivingTypos(TextAnswer.of("Pyongyang")), "Pjongjang")).isZero();
    }

    @Test
    void typos_are_not_forgiven_unless_the_question_says_so() {
        assertThat(fraction(question(TextAnswer.of("Pyongyang")), "Pyongyong")).isZero();
    }

    @Test
    void a_typo_is_not_forgiven_in_an_answer_of_six_characters_or_fewer() {
        var q = forgivingTypos(TextAnswer.of("Berlin"));
        assertThat(fraction(q, "Berlim")).isZero();
        assertThat(fraction(forgivingTypos(TextAnswer.of("Beijing")), "Bejing")).as("seven letters").isEqualTo(1.0);
    }

    @Test
    void a_typo_is_never_forgiven_against_a_wildcard_answer() {
        assertThat(fraction(forgivingTypos(TextAnswer.of("Louis*ville")), "Luisvile")).isZero();
    }

    @Test
    void kim_jong_un_without_the_space_is_one_typo() {
        assertThat(fraction(forgivingTypos(TextAnswer.of("Kim Jong-un")), "Kim Jongun")).isEqualTo(1.0);
    }

    @Test
    void an_answer_the_teacher_wrote_down_is_taken_at_its_weight_not_forgiven_into_a_better_one() {
        var q = forgivingTypos(Q.answer("Nazareth", 100, "Yes!"), Q.answer("Nazereth", 75, "Right, but misspelled."));
        var grade = grader.grade(q, new TextResponse("Nazereth"));
        assertThat(grade.fraction()).isEqualTo(0.75);
        assertThat(grade.feedback()).isEqualTo("Right, but misspelled.");
    }

    @Test
    void a_catch_all_star_does_not_stop_a_typo_from_being_forgiven() {
        var q = forgivingTypos(Q.answer("Nazareth", 100), Q.answer("*", 0, "Completely wrong"));
        assertThat(fraction(q, "Nazaret")).isEqualTo(1.0);
    }

    @Test
    void an_exact_match_is_preferred_to_a_typo_of_the_same_weight() {
        var q = forgivingTypos(Q.answer("Pyongyang", 100, "typo target"), Q.answer("Pyong*", 100, "wildcard"));
        var grade = grader.grade(q, new TextResponse("Pyongyanq"));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedback()).isEqualTo("wildcard");
    }
}
