package com.quizdeck.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionRulesTest {

    private static final QuestionHeader HEADER = QuestionHeader.of("q1", "Prompt?");

    private static List<String> messages(Question question) {
        return QuestionRules.check(question).stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    @Test
    void single_choice_needs_exactly_one_correct_option() {
        var question = new SingleChoiceQuestion(HEADER, List.of(Choice.correct("a"), Choice.correct("b")), true);
        assertThat(messages(question)).containsExactly("options: single_choice needs exactly one correct option (found 2)");
    }

    @Test
    void single_choice_may_give_partial_credit_to_wrong_options() {
        var question = new SingleChoiceQuestion(HEADER, List.of(Choice.correct("a"), new Choice("b", 50, null)), true);
        assertThat(messages(question)).isEmpty();
    }

    @Test
    void multiple_response_positive_weights_sum_to_100() {
        var question = new MultipleResponseQuestion(HEADER,
                List.of(new Choice("a", 50, null), new Choice("b", 40, null), new Choice("c", -100, null)), true);
        assertThat(messages(question)).containsExactly(
                "options: multiple_response: the positive weights must sum to 100 (found 90)");
    }

    @Test
    void moodle_thirds_are_close_enough_to_100() {
        var third = new Choice("a", 33.33333, null);
        var question = new MultipleResponseQuestion(HEADER, List.of(third, third, third), true);
        assertThat(messages(question)).isEmpty();
        var rounded = new Choice("a", 33.33, null);
        assertThat(messages(new MultipleResponseQuestion(HEADER, List.of(rounded, rounded, rounded), true))).isEmpty();
    }

    @Test
    void a_sum_that_rounds_to_99_is_reported() {
        var question = new MultipleResponseQuestion(HEADER,
                List.of(new Choice("a", 49, null), new Choice("b", 50.4, null)), true);
        assertThat(messages(question)).containsExactly(
                "options: multiple_response: the positive weights must sum to 100 (found 99.4)");
    }

    @Test
    void weights_outside_the_range_are_reported_with_their_path() {
        var question = new MultipleResponseQuestion(HEADER,
                List.of(new Choice("a", 100, null), new Choice("b", -150, null)), true);
        assertThat(messages(question)).containsExactly("options[1].weight: weight must be between -100 and 100 (found -150)");
    }

    @Test
    void cloze_placeholder_count_matches_blanks() {
        var blank = new TextBlank(List.of(TextAnswer.of("x")), false);
        var question = new ClozeQuestion(QuestionHeader.of("c", null), "A {1} and {2}.", List.of(blank));
        assertThat(messages(question)).containsExactly("text: cloze text has 2 placeholders but there is 1 blank");
    }

    @Test
    void cloze_placeholders_are_numbered_from_one() {
        var blank = new TextBlank(List.of(TextAnswer.of("x")), false);
        var question = new ClozeQuestion(QuestionHeader.of("c", null), "A {2}.", List.of(blank));
        assertThat(messages(question)).containsExactly("text: cloze placeholders must be {1} to {1}, each used once (found [{2}])");
    }

    @Test
    void numeric_range_must_not_be_reversed() {
        var question = new NumericQuestion(HEADER,
                List.of(new NumericAnswer.Range(new BigDecimal("5"), new BigDecimal("1"), 100, null)), null);
        assertThat(messages(question)).containsExactly("answers[0].max: range ends before it starts: min 5 is greater than max 1");
    }

    @Test
    void short_answer_needs_a_full_credit_answer() {
        var question = new ShortAnswerQuestion(HEADER, List.of(new TextAnswer("x", 50, null)), false, false, false);
        assertThat(messages(question)).containsExactly("answers: short_answer needs an answer worth 100%");
    }

    @Test
    void ordering_items_must_be_distinct() {
        var question = new OrderingQuestion(HEADER, List.of("a", "b", "a"));
        assertThat(messages(question)).containsExactly("items[2]: item 'a' appears twice; the order would be ambiguous");
    }

    @Test
    void prompt_is_required_except_for_flashcards_and_cloze() {
        var open = new OpenQuestion(QuestionHeader.of("o", " "), null);
        var card = new FlashcardQuestion(QuestionHeader.of("f", null), "front", "back");
        assertThat(messages(open)).containsExactly("prompt: open needs a prompt");
        assertThat(messages(card)).isEmpty();
    }

    @Test
    void deck_rules_report_duplicate_ids_with_question_paths() {
        var question = new OpenQuestion(HEADER, null);
        var deck = Deck.of("my-deck", "Title", List.of(question, question));
        assertThat(DeckRules.check(deck)).containsExactly(
                new RuleViolation("questions[1].id", "duplicate question id 'q1' (also question 1)"));
    }
}
