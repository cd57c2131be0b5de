package com.quizdeck.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlashcardFaceTest {

    private static QuestionHeader header(String prompt) {
        return QuestionHeader.of("q", prompt).withExplanation("Because.");
    }

    @Test
    void single_choice_back_is_the_correct_option_and_the_explanation() {
        var face = new SingleChoiceQuestion(header("Capital?"), List.of(Choice.wrong("Rome"), Choice.correct("Paris")), true)
                .flashcardFace();
        assertThat(face).isEqualTo(new FlashcardFace("Capital?", "Paris\n\nBecause.", TextFormat.MARKDOWN));
    }

    @Test
    void general_feedback_stands_in_for_a_missing_explanation() {
        var header = QuestionHeader.of("q", "True?").withGeneralFeedback("See page 2.");
        assertThat(new TrueFalseQuestion(header, true, null, null).flashcardFace().back()).isEqualTo("True\n\nSee page 2.");
    }

    @Test
    void cloze_front_has_gaps_and_back_has_the_answers() {
        var question = new ClozeQuestion(header(null), "Born in {1}.",
                List.of(new NumericBlank(List.of(NumericAnswer.Value.exactly(new BigDecimal("1822"))), null)));
        var face = question.flashcardFace();
        assertThat(face.frontHtml()).isEqualTo("<p>Born in _____.</p>");
        assertThat(face.back()).isEqualTo("Born in 1822.\n\nBecause.");
    }

    @Test
    void typed_answers_are_escaped_for_markdown() {
        var question = new ShortAnswerQuestion(header("Animal?"), List.of(TextAnswer.of("*cat*")), false, false, false);
        assertThat(question.flashcardFace().backHtml()).isEqualTo("<p>*cat*</p><p>Because.</p>");
    }

    @Test
    void html_questions_break_lines_with_br() {
        var header = QuestionHeader.of("q", "<b>Match</b>").withFormat(TextFormat.HTML);
        var question = new MatchingQuestion(header, List.of(new MatchPair("a", "1"), new MatchPair("[plain]<b>", "2")), List.of());
        assertThat(question.flashcardFace().back()).isEqualTo("a \u2192 1<br>&lt;b&gt; \u2192 2");
    }

    @Test
    void ordering_back_numbers_the_items() {
        var question = new OrderingQuestion(header("Order"), List.of("first", "second"));
        assertThat(question.flashcardFace().backHtml()).isEqualTo("<p>1. first<br>2. second</p><p>Because.</p>");
    }
}
