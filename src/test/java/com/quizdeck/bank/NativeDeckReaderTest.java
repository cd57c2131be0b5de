package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeDeckReaderTest {

    private static final String HEAD = """
            format: quizdeck/1
            deck:
              id: d
              title: D
            questions:
            """;

    private static BankReadResult yaml(String text) {
        return BankReader.readText("d.deck.yaml", text, BankFormat.NATIVE);
    }

    private static List<String> problems(String text) {
        return yaml(text).problems().stream().map(BankProblem::toString).toList();
    }

    @Test
    void all_types_example_reads_every_type() {
        var result = Fixtures.read(Fixtures.ALL_TYPES);
        assertThat(result.problems()).isEmpty();
        var deck = result.decks().getFirst();
        assertThat(deck.questions()).extracting(Question::type).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(deck.source().author()).isEqualTo("NASA Science");
        assertThat(deck.tags()).containsExactly("example", "astronomy");
    }

    @Test
    void all_types_example_fields_are_read() {
        var questions = Fixtures.read(Fixtures.ALL_TYPES).decks().getFirst().questions();
        var single = (SingleChoiceQuestion) questions.get(0);
        assertThat(single.shuffle()).isFalse();
        assertThat(single.options()).extracting(o -> o.weight()).containsExactly(100.0, 25.0, 0.0, 0.0);
        var shortAnswer = (ShortAnswerQuestion) questions.get(3);
        assertThat(shortAnswer.accentInsensitive()).isTrue();
        assertThat(shortAnswer.forgiveTypo()).isTrue();
        var numeric = (NumericQuestion) questions.get(4);
        assertThat(numeric.answers().get(1)).isEqualTo(
                new NumericAnswer.Range(new BigDecimal("140"), new BigDecimal("160"), 50, "In the right range."));
        var cloze = (ClozeQuestion) questions.get(7);
        assertThat(cloze.blanks()).extracting(b -> b.kind()).containsExactly("choice", "text", "numeric");
        var card = (FlashcardQuestion) questions.get(8);
        assertThat(card.back()).isEqualTo("The mean distance from the Earth to the Sun,\nabout **150 million km**.");
    }

    @Test
    void single_choice_with_two_correct_options_is_reported_at_the_options() {
        assertThat(problems(HEAD + """
                  - id: q1
                    type: single_choice
                    prompt: Which?
                    options:
                      - {text: a, correct: true}
                      - {text: b, correct: true}
                """)).containsExactly("d.deck.yaml:10:7: single_choice needs exactly one correct option (found 2)");
    }

    @Test
    void unknown_field_is_reported_with_a_suggestion() {
        assertThat(problems(HEAD + """
                  - id: q1
                    type: true_false
                    prompt: Sure?
                    answer: true
                    explenation: typo
                """)).containsExactly("d.deck.yaml:10:5: unknown field 'explenation' in question; did you mean 'explanation'?");
    }

    @Test
    void missing_required_field_is_reported_once() {
        assertThat(problems(HEAD + """
                  - id: q1
                    type: single_choice
                    prompt: Which?
                """)).containsExactly("d.deck.yaml:6:5: question is missing 'options'");
    }

    @Test
    void wrong_types_are_reported_at_the_value() {
        assertThat(problems(HEAD + """
                  - id: q1
                    type: multiple_response
                    prompt: Which?
                    shuffle: yes
                    options:
                      - {text: a, weight: "50"}
                      - {text: b, weight: 50}
                      - text: [c]
                        weight: 0
                """)).containsExactly(
                "d.deck.yaml:9:14: 'shuffle' must be true or false, found 'yes'",
                "d.deck.yaml:11:27: 'weight' must be a number, found the quoted text '50'",
                "d.deck.yaml:13:15: 'text' must be a text, found a list");
    }

    @Test
    void texts_are_never_converted_to_booleans_or_numbers() {
        var result = yaml(HEAD + """
                  - id: q1
                    type: short_answer
                    prompt: Year?
                    answers:
                      - text: 1822
                      - text: no
                """);
        assertThat(result.problems()).isEmpty();
        var answers = ((ShortAnswerQuestion) result.decks().getFirst().questions().getFirst()).answers();
        assertThat(answers).extracting(a -> a.text()).containsExactly("1822", "no");
    }

    @Test
    void duplicate_ids_and_duplicate_keys_are_reported() {
        assertThat(problems(HEAD + """
                  - {id: q1, type: open, prompt: A}
                  - {id: q1, type: open, prompt: B, prompt: C}
                """)).containsExactly(
                "d.deck.yaml:7:10: duplicate question id 'q1' (also question 1)",
                "d.deck.yaml:7:37: duplicate field 'prompt' (first on line 7)");
    }

    @Test
    void unknown_type_lists_the_valid_ones() {
        assertThat(problems(HEAD + "  - {id: q1, type: essay, prompt: A}\n")).singleElement().asString()
                .isEqualTo("d.deck.yaml:6:5: unknown question type 'essay'; use one of " + String.join(", ", QuestionType.wireNames()));
    }

    @Test
    void cloze_placeholders_must_match_blanks() {
        assertThat(problems(HEAD + """
                  - id: c1
                    type: cloze
                    text: "A {1} and {2}."
                    blanks:
                      - {kind: text, answers: [{text: x}]}
                """)).containsExactly("d.deck.yaml:8:11: cloze text has 2 placeholders but there is 1 blank");
    }

    @Test
    void flashcard_has_no_prompt() {
        assertThat(problems(HEAD + "  - {id: f, type: flashcard, prompt: P, front: F, back: B}\n"))
                .containsExactly("d.deck.yaml:6:30: a flashcard has 'front' and 'back' instead of 'prompt'");
    }

    @Test
    void wrong_format_and_deck_id_are_reported() {
        assertThat(problems("""
                format: quizdeck/2
                deck: {id: My Deck, title: T}
                questions:
                  - {id: q, type: open, prompt: P}
                """)).containsExactly(
                "d.deck.yaml:1:9: format must be 'quizdeck/1', found 'quizdeck/2'",
                "d.deck.yaml:2:12: deck id 'My Deck' may only use lowercase letters, digits and '-' (at most 100 characters)");
    }

    @Test
    void numeric_answer_needs_value_or_range() {
        assertThat(problems(HEAD + """
                  - id: n
                    type: numeric
                    prompt: N?
                    answers:
                      - {value: 1, min: 0, max: 2}
                """)).containsExactly("d.deck.yaml:10:9: a numeric answer has either 'value' (with optional 'tolerance') or 'min' and 'max'");
    }

    @Test
    void yaml_syntax_error_names_its_line() {
        assertThat(problems(HEAD + "  - id: q\n    type: [open\n")).singleElement().asString().startsWith("d.deck.yaml:8:1: YAML syntax:");
    }

    @Test
    void empty_file_is_explained() {
        assertThat(problems("# nothing\n")).containsExactly(
                "d.deck.yaml:1:1: the file is empty; a deck file starts with 'format: quizdeck/1'");
    }

    @Test
    void a_file_with_one_error_imports_nothing() {
        var result = yaml(HEAD + "  - {id: a, type: open, prompt: A}\n  - {id: b, type: open}\n");
        assertThat(result.problems()).hasSize(1);
        assertThat(result.decks()).isEmpty();
    }

    @Test
    void second_document_is_refused() {
        assertThat(problems(HEAD + "  - {id: a, type: open, prompt: A}\n---\nformat: quizdeck/1\n")).containsExactly(
                "d.deck.yaml:7:1: a second YAML document ('---'); a bank file holds exactly one deck");
    }

    @Test
    void anchors_and_a_few_aliases_are_allowed() {
        var result = yaml(HEAD + """
                  - id: a
                    type: single_choice
                    prompt: P
                    options: &opts
                      - {text: x, correct: true}
                      - {text: y}
                  - {id: b, type: single_choice, prompt: Q, options: *opts}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questionCount()).isEqualTo(2);
    }

    @Test
    void a_question_that_fails_to_read_does_not_shift_the_lines_of_the_next() {
        assertThat(problems(HEAD + """
                  - {id: a, type: essay, prompt: A}
                  - id: b
                    type: single_choice
                    prompt: Which?
                    options:
                      - {text: x}
                      - {text: y}
                """)).containsExactly(
                "d.deck.yaml:6:5: unknown question type 'essay'; use one of " + String.join(", ", QuestionType.wireNames()),
                "d.deck.yaml:11:7: single_choice needs exactly one correct option (found 0)");
    }
}
