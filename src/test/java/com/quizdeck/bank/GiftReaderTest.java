package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GIFT syntax and errors on small inputs. */
class GiftReaderTest {

    private static BankReadResult gift(String text) {
        return BankReader.readText("bank.gift", text, BankFormat.GIFT);
    }

    private static List<String> problems(String text) {
        return gift(text).problems().stream().map(BankProblem::toString).toList();
    }

    private static Question only(String text) {
        var result = gift(text);
        assertThat(result.problems()).isEmpty();
        return result.decks().getFirst().questions().getFirst();
    }

    private static final String ELEVEN_GOOD_LINES = """
            // a bank with a mistake on line 12
            Who's buried in Grant's tomb?{~Grant =no one}

            Grant is buried in Grant's tomb.{FALSE}

            ::Q3::What is 2+2?{#4}

            Match. {
                =a -> 1
                =b -> 2 }

            """;

    @Test
    void unclosed_brace_reports_its_line() {
        var text = ELEVEN_GOOD_LINES + "What is the capital of France? {=Paris ~Rome\n\nThe sun rises in the east.{T}\n";
        var result = gift(text);
        assertThat(result.problems()).extracting(BankProblem::toString).containsExactly(
                "bank.gift:12:32: '{' opens an answer block that is never closed with '}'; write \\{ for a literal brace");
        assertThat(result.decks()).isEmpty();
    }

    @Test
    void closing_brace_without_opening_one_is_reported() {
        assertThat(problems("Question =a ~b}")).containsExactly(
                "bank.gift:1:15: '}' without an opening '{'; write \\} for a literal brace");
    }

    @Test
    void brace_inside_an_answer_block_is_reported_where_it_is() {
        assertThat(problems("Q {=a\n~b {\n}")).containsExactly(
                "bank.gift:2:4: '{' inside an answer block (is a '}' missing?); write \\{ for a literal brace");
    }

    @Test
    void second_answer_block_is_reported() {
        assertThat(problems("A {=a ~b} and {=c ~d}")).containsExactly(
                "bank.gift:1:15: a question has only one answer block; write \\{ and \\} for literal braces");
    }

    @Test
    void unclosed_question_name_is_reported() {
        assertThat(problems("::Name What?{T}")).containsExactly(
                "bank.gift:1:1: the question name starts with '::' but is not closed with '::'");
    }

    @Test
    void text_without_answer_block_is_reported() {
        assertThat(problems("Just a description.")).singleElement().asString()
                .startsWith("bank.gift:1:1: no answer block {...}");
    }

    @Test
    void every_problem_of_the_file_is_reported_at_once() {
        assertThat(problems("A {=a ~b\n\nB {=x ~y}\n\nC {#abc}\n\nD {=1 -> 2 =3}"))
                .containsExactly(
                        "bank.gift:1:3: '{' opens an answer block that is never closed with '}'; write \\{ for a literal brace",
                        "bank.gift:5:5: 'abc' is not a number",
                        "bank.gift:7:12: a matching answer needs '->' between the item and its match");
    }

    @Test
    void incomplete_numeric_range_names_the_answer() {
        assertThat(problems("Year?{#1800..}")).containsExactly(
                "bank.gift:1:8: a number is missing in '1800..'; write value, value:tolerance or min..max");
    }

    @Test
    void content_rules_are_reported_at_the_question_line() {
        assertThat(problems("// comment\n\n\nTwo right?{=a =b ~c}")).containsExactly(
                "bank.gift:4:11: single_choice needs exactly one correct option (found 2)");
    }

    @Test
    void equals_with_a_weight_in_multiple_choice_is_explained() {
        assertThat(problems("Q{=%50%a ~b}")).containsExactly(
                "bank.gift:1:3: '=' marks the correct answer; write ~%50% for partial credit");
    }

    @Test
    void crlf_and_byte_order_mark_read_like_lf() {
        var lf = "::A::Who?{=me ~you}\n\n::B::Sure?{T}\n";
        var crlf = "\uFEFF" + lf.replace("\n", "\r\n");
        var fromLf = BankReader.read("x.gift", lf.getBytes(StandardCharsets.UTF_8));
        var fromCrlf = BankReader.read("x.gift", crlf.getBytes(StandardCharsets.UTF_8));
        assertThat(fromCrlf.problems()).isEmpty();
        assertThat(fromCrlf.decks()).isEqualTo(fromLf.decks());
    }

    @Test
    void crlf_problems_still_name_the_right_line() {
        var result = BankReader.read("x.gift", "A{T}\r\n\r\nB {=x\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).extracting(BankProblem::line).containsExactly(3);
    }

    @Test
    void comment_lines_inside_a_question_are_ignored() {
        var question = only("Who?{\n// the right one\n=me\n~you}");
        assertThat(((SingleChoiceQuestion) question).options()).hasSize(2);
    }

    @Test
    void escaped_newline_becomes_a_line_break() {
        assertThat(only("Line one\\nline two{T}").prompt()).isEqualTo("Line one\nline two");
    }

    @Test
    void essay_keeps_general_feedback() {
        var essay = (OpenQuestion) only("Explain.{####A good answer mentions X.}");
        assertThat(essay.generalFeedback()).isEqualTo("A good answer mentions X.");
    }

    @Test
    void true_false_in_the_middle_keeps_moodles_gap() {
        var question = (TrueFalseQuestion) only("Grant is {T} in the tomb.");
        assertThat(question.prompt()).isEqualTo("Grant is _____ in the tomb.");
    }

    @Test
    void multiple_response_in_the_middle_keeps_moodles_gap() {
        var question = (MultipleResponseQuestion) only("Grant and {~%50%his wife ~%50%he ~no one} lie here.");
        assertThat(question.prompt()).isEqualTo("Grant and _____ lie here.");
    }

    @Test
    void answer_block_at_the_start_of_a_missing_word_question() {
        var cloze = (ClozeQuestion) only("{=Paris ~Rome} is the capital of France.");
        assertThat(cloze.text()).isEqualTo("{1} is the capital of France.");
    }

    @Test
    void several_categories_make_several_decks() {
        var result = gift("$CATEGORY: $course$/Unit 1\n\nA{T}\n\n$CATEGORY: $course$/Unit 2\n\nB{F}\n\nC{T}");
        assertThat(result.decks()).extracting(d -> d.title() + ":" + d.questions().size()).containsExactly("Unit 1:1", "Unit 2:2");
    }

    @Test
    void questions_before_the_first_category_use_the_file_name() {
        var result = gift("A{T}\n\n$CATEGORY: Later\n\nB{T}");
        assertThat(result.decks()).extracting(d -> d.id()).containsExactly("bank", "later");
    }

    @Test
    void category_line_needs_a_blank_line_after_it() {
        assertThat(problems("$CATEGORY: X\nA{T}")).singleElement().asString()
                .startsWith("bank.gift:2:1: put a blank line after the $CATEGORY line");
    }

    @Test
    void empty_file_has_no_questions() {
        assertThat(problems("// only comments\n")).singleElement().asString().startsWith("bank.gift:1:1: no questions found");
    }

    @Test
    void unnamed_questions_get_ids_from_their_first_words() {
        assertThat(only("What is the capital of France, the country?{=Paris ~Rome}").id())
                .isEqualTo("what-is-the-capital-of-france-the");
    }

    @Test
    void lowercase_true_is_a_short_answer_as_in_moodle() {
        assertThat(only("Q{true}").type()).isEqualTo(QuestionType.SHORT_ANSWER);
    }
}
