package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moodle's own GIFT fixtures, read as Moodle's format.php reads them. */
class GiftFixturesTest {

    private static List<Question> questions(String fixture) {
        var result = Fixtures.read(fixture);
        assertThat(result.problems()).isEmpty();
        return result.decks().stream().flatMap(d -> d.questions().stream()).toList();
    }

    private static Question byId(List<Question> questions, String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void questions_fixture_has_the_9_questions_moodle_imports() {
        assertThat(questions(Fixtures.QUESTIONS)).extracting(Question::type).containsExactly(
                QuestionType.OPEN, QuestionType.MATCHING, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
                QuestionType.CLOZE, QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE,
                QuestionType.TRUE_FALSE);
    }

    @Test
    void essay_with_empty_braces_is_an_open_question() {
        var essay = byId(questions(Fixtures.QUESTIONS), "q8");
        assertThat(essay.prompt()).isEqualTo("How are you?");
        assertThat(essay.title()).isEqualTo("Q8");
    }

    @Test
    void per_text_formats_survive_as_markers() {
        var matching = (MatchingQuestion) byId(questions(Fixtures.QUESTIONS), "moodle-activities");
        assertThat(matching.format()).isEqualTo(TextFormat.HTML);
        assertThat(matching.pairs()).containsExactly(
                new MatchPair("An activity supporting asynchronous discussions.", "Forum"),
                new MatchPair("[moodle]A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
                new MatchPair("[plain]A bank of record entries which participants can add to.", "Database"),
                new MatchPair("[markdown]A collection of web pages that anyone can add to or edit.", "Wiki"));
        assertThat(matching.distractors()).containsExactly("Chat");
    }

    @Test
    void multiple_choice_feedback_and_option_formats() {
        var choice = (SingleChoiceQuestion) byId(questions(Fixtures.QUESTIONS), "q2");
        assertThat(choice.options()).extracting(o -> o.text() + "|" + o.weight() + "|" + o.feedback()).containsExactly(
                "yellow|100.0|right; good!", "red|0.0|[html]wrong, it's yellow", "[plain]blue|0.0|wrong, it's yellow");
    }

    @Test
    void negative_weights_make_a_multiple_response() {
        var colours = (MultipleResponseQuestion) byId(questions(Fixtures.QUESTIONS), "colours");
        assertThat(colours.options()).extracting(o -> o.weight()).containsExactly(50.0, -100.0, 50.0, -100.0);
    }

    @Test
    void numeric_with_wrong_answer_feedback_in_the_middle_of_the_text_is_a_cloze() {
        var q5 = (ClozeQuestion) byId(questions(Fixtures.QUESTIONS), "q5");
        assertThat(q5.text()).isEqualTo("What is a number from 1 to 5? {1}\";");
        var blank = (NumericBlank) q5.blanks().getFirst();
        assertThat(blank.answers()).containsExactly(new NumericAnswer.Value(new BigDecimal("3"), new BigDecimal("2"), 100, null));
        assertThat(blank.otherFeedback()).isEqualTo("Completely wrong");
    }

    @Test
    void short_answer_weights_and_wildcard() {
        var animal = (ShortAnswerQuestion) byId(questions(Fixtures.QUESTIONS), "shortanswer");
        assertThat(animal.answers()).extracting(a -> a.text() + "|" + a.weight() + "|" + a.feedback()).containsExactly(
                "Frog|100.0|Good!", "Cat|50.0|What is it with Moodlers and cats?", "*|0.0|Completely wrong");
    }

    @Test
    void true_false_feedback_and_general_feedback() {
        var q1 = (TrueFalseQuestion) byId(questions(Fixtures.QUESTIONS), "q1");
        assertThat(q1.answer()).isFalse();
        // Moodle: the first feedback is for the wrong answer (true), the second for the right one.
        assertThat(q1.feedbackTrue()).isEqualTo("42 is the Ultimate Answer.");
        assertThat(q1.feedbackFalse()).isEqualTo("You gave the right answer.");
        assertThat(q1.generalFeedback()).isEqualTo("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    }

    @Test
    void t_and_true_are_both_true_and_same_names_get_distinct_ids() {
        var questions = questions(Fixtures.QUESTIONS);
        assertThat(((TrueFalseQuestion) byId(questions, "2-08-tsl")).answer()).isTrue();
        assertThat(((TrueFalseQuestion) byId(questions, "2-08-tsl-2")).answer()).isTrue();
        assertThat(byId(questions, "2-08-tsl-2").title()).isEqualTo("2-08 TSL");
    }

    @Test
    void category_becomes_the_deck_and_its_four_questions() {
        var result = Fixtures.read(Fixtures.IN_CATEGORY);
        assertThat(result.problems()).isEmpty();
        assertThat(result.decks()).singleElement().satisfies(deck -> {
            assertThat(deck.id()).isEqualTo("default-for-new-features");
            assertThat(deck.title()).isEqualTo("Default for New Features");
            assertThat(deck.category()).isEqualTo("$course$/Default for New Features");
            assertThat(deck.questions()).extracting(Question::type).containsExactly(
                    QuestionType.MATCHING, QuestionType.SINGLE_CHOICE, QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE);
        });
    }

    @Test
    void escaped_equals_and_colons_inside_html_are_restored() {
        var greeting = byId(questions(Fixtures.IN_CATEGORY), "greeting");
        assertThat(greeting.prompt()).startsWith("<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">"
                + "Listen to this greeting:</a>");
        var acronym = byId(questions(Fixtures.IN_CATEGORY), "moodle-acronym");
        assertThat(acronym.prompt()).contains("<span style=\"font-style: italic;\">");
    }

    @Test
    void percent_100_weight_on_a_short_answer() {
        var user = (ShortAnswerQuestion) byId(questions(Fixtures.IN_CATEGORY), "moodle-user");
        assertThat(user.answers()).extracting(a -> a.text() + "|" + a.weight() + "|" + a.feedback())
                .containsExactly("Moodler|100.0|null");
    }

    /**
     * examples.gift.txt has 43 blocks that contain more than comments, each with one answer block,
     * so Moodle's importer (blocks split at blank lines, comment lines dropped) makes 43 questions.
     */
    @Test
    void examples_fixture_has_43_questions() {
        assertThat(questions(Fixtures.EXAMPLES)).hasSize(43);
    }

    @Test
    void missing_word_in_the_middle_of_the_stem_becomes_a_cloze() {
        var cloze = (ClozeQuestion) byId(questions(Fixtures.EXAMPLES), "grant-is-in-grants-tomb");
        assertThat(cloze.text()).isEqualTo("Grant is {1} in Grant's tomb.");
        assertThat(((ChoiceBlank) cloze.blanks().getFirst()).correctAnswer()).isEqualTo("entombed");
    }

    @Test
    void short_answer_missing_word_becomes_a_text_blank() {
        var cloze = (ClozeQuestion) byId(questions(Fixtures.EXAMPLES), "two-plus-two-equals");
        assertThat(cloze.text()).isEqualTo("Two plus two equals {1}.");
        assertThat(((TextBlank) cloze.blanks().getFirst()).answers()).extracting(a -> a.text()).containsExactly("four", "4");
    }

    @Test
    void partial_credit_choices_in_a_blank_keep_weights_and_feedback() {
        var cloze = (ClozeQuestion) byId(questions(Fixtures.EXAMPLES), "jesus-hometown");
        assertThat(((ChoiceBlank) cloze.blanks().getFirst()).options())
                .extracting(o -> o.text() + "|" + o.weight())
                .containsExactly("Jerusalem|0.0", "Bethlehem|25.0", "Galilee|50.0", "Nazareth|100.0");
    }

    @Test
    void numeric_tolerance_range_and_several_answers() {
        var questions = questions(Fixtures.EXAMPLES);
        var range = (ClozeQuestion) byId(questions, "what-is-the-value-of-pi-to-3-decimal-2");
        assertThat(((NumericBlank) range.blanks().getFirst()).answers())
                .containsExactly(new NumericAnswer.Range(new BigDecimal("3.141"), new BigDecimal("3.142"), 100, null));
        var tolerance = (ClozeQuestion) byId(questions, "what-is-the-value-of-pi-to-3-decimal");
        assertThat(((NumericBlank) tolerance.blanks().getFirst()).answers())
                .containsExactly(new NumericAnswer.Value(new BigDecimal("3.1415"), new BigDecimal("0.0005"), 100, null));
        var several = (NumericQuestion) byId(questions, "when-was-ulysses-s-grant-born-3");
        assertThat(several.answers()).containsExactly(
                new NumericAnswer.Value(new BigDecimal("1822"), BigDecimal.ZERO, 100, null),
                new NumericAnswer.Value(new BigDecimal("1822"), new BigDecimal("2"), 50, null));
    }

    @Test
    void matching_without_spaces_around_the_arrow() {
        var matching = (MatchingQuestion) byId(questions(Fixtures.EXAMPLES), "match-the-following-countries-with-their-2");
        assertThat(matching.pairs()).containsExactly(
                new MatchPair("Canada", "Ottawa"), new MatchPair("Italy", "Rome"), new MatchPair("Japan", "Tokyo"));
    }

    @Test
    void escaped_control_characters_are_literal() {
        var questions = questions(Fixtures.EXAMPLES);
        var equals = (SingleChoiceQuestion) byId(questions, "which-answer-equals-5");
        assertThat(equals.options()).extracting(o -> o.text()).containsExactly("= 2 + 2", "= 2 + 3", "= 2 + 4");
        var control = (SingleChoiceQuestion) byId(questions, "gift-control-characters");
        assertThat(control.options()).extracting(o -> o.text()).containsExactly("~", "=", "#", "{", "}", "\\");
        assertThat(control.options().getLast().correct()).isTrue();
    }

    @Test
    void multi_line_feedback_keeps_its_lines() {
        var control = (SingleChoiceQuestion) byId(questions(Fixtures.EXAMPLES), "gift-control-characters");
        assertThat(control.options().getLast().feedback()).isEqualTo("""
                Correct! \\ (backslash) is not a control character. BUT,
                it is used to escape the control characters. So, to specify
                a literal backslash, you must escape it with a backslash
                (as shown in this example).""");
    }

    @Test
    void markdown_marker_sets_the_question_format() {
        var markdown = byId(questions(Fixtures.EXAMPLES), "whos-buried-in-grants-tomb-6");
        assertThat(markdown.format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(markdown.prompt()).isEqualTo("Who's buried in **Grant's tomb**?");
    }
}
