package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.Choice;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.QuestionRules;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The questions of the Moodle GIFT fixtures (shared/peers/moodle/questions.gift.txt and examples.gift.txt), built
 * with the content model's constructors as a GIFT import would build them, graded with the responses students
 * give. Each question is first checked against the content rules, so the fixtures are ones the app would accept.
 */
class MoodleFixtureQuestionsTest {

    private final Grader grader = new Grader();

    private Grade grade(Question q, Response r) {
        assertThat(QuestionRules.check(q)).as("content rules of " + q.id()).isEmpty();
        return grader.grade(q, r);
    }

    // questions.gift.txt -------------------------------------------------------------------------------------------

    /** {@code ::Q2:: What's between orange and green in the spectrum? { =yellow # right; good! ~red # [html]wrong, it's yellow ~[plain]blue # wrong, it's yellow }} */
    private final SingleChoiceQuestion q2 = new SingleChoiceQuestion(Q.header("q2").withTitle("Q2"),
            List.of(Q.choice("yellow", 100, "right; good!"), Q.choice("red", 0, "[html]wrong, it's yellow"),
                    Q.choice("[plain]blue", 0, "wrong, it's yellow")), true);

    @Test
    void q2_yellow_is_right_and_red_gets_its_html_feedback() {
        assertThat(grade(q2, new ChoiceResponse(0)).feedback()).isEqualTo("right; good!");
        var red = grade(q2, new ChoiceResponse(1));
        assertThat(red.status()).isEqualTo(Status.INCORRECT);
        assertThat(red.feedbackTexts()).containsExactly("[html]wrong, it's yellow");
        assertThat(red.feedback()).isEqualTo("wrong, it's yellow");
    }

    /** {@code ::colours::} multiple response: yellow 50, red -100, off-beige 50, blue -100. */
    private final MultipleResponseQuestion colours = new MultipleResponseQuestion(Q.header("colours"),
            List.of(Q.choice("yellow", 50, "right; good!"), Q.choice("red", -100, "[html]wrong"),
                    Q.choice("off-beige", 50, "right; good!"), Q.choice("[plain]blue", -100, "wrong")), true);

    @Test
    void colours_yellow_and_off_beige_earn_full_credit() {
        var grade = grade(colours, MultiChoiceResponse.of(0, 2));
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
        assertThat(grade.feedback()).isEqualTo("right; good!\nright; good!");
    }

    @Test
    void colours_yellow_alone_earns_half() {
        assertThat(grade(colours, MultiChoiceResponse.of(0)).fraction()).isEqualTo(0.5);
    }

    @Test
    void colours_yellow_with_red_loses_everything_but_not_more() {
        var grade = grade(colours, MultiChoiceResponse.of(0, 1));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.feedback()).isEqualTo("right; good!\nwrong");
    }

    @Test
    void colours_ticking_all_four_earns_nothing() {
        assertThat(grade(colours, MultiChoiceResponse.of(0, 1, 2, 3)).fraction()).isZero();
    }

    /** {@code ::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}} */
    private final NumericQuestion q5 = new NumericQuestion(Q.header("q5"), List.of(Q.value("3", "2", 100)),
            "Completely wrong");

    @Test
    void q5_any_number_from_1_to_5_inclusive_is_right() {
        for (var typed : List.of("1", "3", "5", "2.5", "4,99", "1.0")) {
            assertThat(grade(q5, new NumericResponse(typed)).fraction()).as(typed).isEqualTo(1.0);
        }
    }

    @Test
    void q5_a_number_outside_takes_the_wrong_answer_branch() {
        var grade = grade(q5, new NumericResponse("6"));
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
        assertThat(grade.feedback()).isEqualTo("Completely wrong");
        assertThat(grade(q5, new NumericResponse("0.99")).feedback()).isEqualTo("Completely wrong");
    }

    @Test
    void q5_a_word_is_asked_to_be_a_number_instead() {
        assertThat(grade(q5, new NumericResponse("three")).feedback()).isEqualTo("Enter a number");
    }

    /** {@code ::Shortanswer::Which is the best animal?{ =Frog#Good! =%50%Cat#... =%0%*#Completely wrong }} */
    private final ShortAnswerQuestion bestAnimal = new ShortAnswerQuestion(Q.header("shortanswer"),
            List.of(Q.answer("Frog", 100, "Good!"), Q.answer("Cat", 50, "What is it with Moodlers and cats?"),
                    Q.answer("*", 0, "Completely wrong")), false, false, false);

    @Test
    void best_animal_frog_in_any_case_is_right() {
        var grade = grade(bestAnimal, new TextResponse("frog"));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedback()).isEqualTo("Good!");
    }

    @Test
    void best_animal_cat_earns_half_with_the_cat_feedback() {
        var grade = grade(bestAnimal, new TextResponse("Cat."));
        assertThat(grade.fraction()).isEqualTo(0.5);
        assertThat(grade.feedback()).isEqualTo("What is it with Moodlers and cats?");
    }

    @Test
    void best_animal_anything_else_hits_the_catch_all_star() {
        var grade = grade(bestAnimal, new TextResponse("Dog"));
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
        assertThat(grade.feedback()).isEqualTo("Completely wrong");
    }

    @Test
    void best_animal_frogs_is_not_frog() {
        assertThat(grade(bestAnimal, new TextResponse("Frogs")).feedback()).isEqualTo("Completely wrong");
    }

    /** {@code ::Q1:: 42 is the Absolute Answer to everything.{FALSE#42 is the Ultimate Answer.#You gave the right answer.####...}} */
    private final TrueFalseQuestion q1 = new TrueFalseQuestion(
            Q.header("q1", "This is, of course, a Hitchiker's Guide to the Galaxy reference."), false,
            "42 is the Ultimate Answer.", "You gave the right answer.");

    @Test
    void q1_false_is_right_with_both_feedbacks() {
        var grade = grade(q1, new TrueFalseResponse(false));
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
        assertThat(grade.feedbackTexts()).containsExactly("You gave the right answer.",
                "This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    }

    @Test
    void q1_true_is_wrong_and_told_why() {
        var grade = grade(q1, new TrueFalseResponse(true));
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
        assertThat(grade.feedbackTexts().getFirst()).isEqualTo("42 is the Ultimate Answer.");
    }

    /** {@code ::Moodle activities::} matching, lefts with their own format markers, Chat as the distractor. */
    private final MatchingQuestion activities = new MatchingQuestion(Q.header("moodle-activities"),
            List.of(Q.pair("[html]An activity supporting asynchronous discussions.", "Forum"),
                    Q.pair("[moodle]A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
                    Q.pair("[plain]A bank of record entries which participants can add to.", "Database"),
                    Q.pair("[markdown]A collection of web pages that anyone can add to or edit.", "Wiki")),
            List.of("Chat"));

    @Test
    void moodle_activities_three_right_and_chat_for_the_wiki_earns_three_quarters() {
        var grade = grade(activities, new MatchingResponse(Map.of(0, "Forum", 1, "Choice", 2, "Database",
                3, "Chat")));
        assertThat(grade.fraction()).isEqualTo(0.75);
        assertThat(grade.parts().get(3).status()).isEqualTo(Status.INCORRECT);
    }

    /** {@code ::Q8:: How are you? {}} */
    @Test
    void q8_essay_is_not_graded() {
        var q8 = new OpenQuestion(QuestionHeader.of("q8", "How are you?").withTitle("Q8"), null);
        assertThat(grade(q8, new OpenResponse("Fine, thanks")).status()).isEqualTo(Status.NOT_GRADED);
    }

    /** {@code ::2-08 TSL::TSL is blablabla.{T}} and the same with {TRUE}. */
    @Test
    void tsl_true_is_right() {
        var tsl = new TrueFalseQuestion(Q.header("2-08-tsl"), true, null, null);
        assertThat(grade(tsl, new TrueFalseResponse(true)).fraction()).isEqualTo(1.0);
        assertThat(grade(tsl, new TrueFalseResponse(false)).fraction()).isZero();
    }

    // examples.gift.txt --------------------------------------------------------------------------------------------

    @Test
    void grants_tomb_no_one_is_the_right_choice() {
        var q = new SingleChoiceQuestion(Q.header("grants-tomb"), List.of(Choice.wrong("Grant"),
                Choice.wrong("Jefferson"), Choice.correct("no one")), true);
        assertThat(grade(q, new ChoiceResponse(2)).status()).isEqualTo(Status.CORRECT);
        assertThat(grade(q, new ChoiceResponse(0)).status()).isEqualTo(Status.INCORRECT);
    }

    @Test
    void grants_tomb_short_answer_takes_no_one_or_nobody() {
        var q = new ShortAnswerQuestion(Q.header("tomb-sa"), List.of(Q.answer("no one", 100, "excellent answer!"),
                Q.answer("nobody", 100, "excellent answer!")), false, false, false);
        assertThat(grade(q, new TextResponse("No one.")).fraction()).isEqualTo(1.0);
        assertThat(grade(q, new TextResponse("NOBODY")).fraction()).isEqualTo(1.0);
        assertThat(grade(q, new TextResponse("no-one")).fraction()).as("hyphen is a space").isEqualTo(1.0);
        assertThat(grade(q, new TextResponse("Grant")).fraction()).isZero();
    }

    @Test
    void two_plus_two_takes_four_or_4() {
        var q = new ShortAnswerQuestion(Q.header("two-plus-two"), List.of(TextAnswer.of("four"), TextAnswer.of("4")),
                false, false, false);
        assertThat(grade(q, new TextResponse("Four")).fraction()).isEqualTo(1.0);
        assertThat(grade(q, new TextResponse(" 4 ")).fraction()).isEqualTo(1.0);
        assertThat(grade(q, new TextResponse("5")).fraction()).isZero();
    }

    /** {@code ::Jesus' hometown::} single choice: Jerusalem 0, Bethlehem 25, Galilee 50, Nazareth 100. */
    @Test
    void jesus_hometown_choice_gives_partial_credit_for_near_answers() {
        var q = new SingleChoiceQuestion(Q.header("jesus-hometown"), List.of(
                Q.choice("Jerusalem", 0, "This was an important city, but the wrong answer."),
                Q.choice("Bethlehem", 25, "He was born here, but not raised here."),
                Q.choice("Galilee", 50, "You need to be more specific."),
                Q.choice("Nazareth", 100, "Yes! That's right!")), true);
        assertThat(grade(q, new ChoiceResponse(1)).fraction()).isEqualTo(0.25);
        var galilee = grade(q, new ChoiceResponse(2));
        assertThat(galilee.fraction()).isEqualTo(0.5);
        assertThat(galilee.feedback()).isEqualTo("You need to be more specific.");
        assertThat(grade(q, new ChoiceResponse(3)).status()).isEqualTo(Status.CORRECT);
    }

    /** {@code ::Jesus' hometown (Short answer ex.)::} Nazareth 100, Nazereth 75 (misspelled), Bethlehem 25. */
    private final ShortAnswerQuestion jesusShort = new ShortAnswerQuestion(Q.header("jesus-hometown-short-answer"),
            List.of(Q.answer("Nazareth", 100, "Yes! That's right!"), Q.answer("Nazereth", 75, "Right, but misspelled."),
                    Q.answer("Bethlehem", 25, "He was born here, but not raised here.")), false, false, false);

    @Test
    void jesus_hometown_misspelled_nazereth_earns_the_75_percent_the_teacher_gave_it() {
        var grade = grade(jesusShort, new TextResponse("nazereth"));
        assertThat(grade.fraction()).isEqualTo(0.75);
        assertThat(grade.feedback()).isEqualTo("Right, but misspelled.");
    }

    @Test
    void jesus_hometown_with_typos_forgiven_still_honours_the_listed_misspelling() {
        var forgiving = new ShortAnswerQuestion(jesusShort.header(), jesusShort.answers(), false, false, true);
        assertThat(grade(forgiving, new TextResponse("Nazereth")).fraction()).isEqualTo(0.75);
        assertThat(grade(forgiving, new TextResponse("Nazaret")).fraction()).isEqualTo(1.0);
        assertThat(grade(forgiving, new TextResponse("Bethlehen")).fraction()).isEqualTo(0.25);
    }

    /** {@code When was Ulysses S. Grant born? {#1822:5}} */
    @Test
    void grant_born_1822_within_5_years() {
        var q = new NumericQuestion(Q.header("grant-born-5"), List.of(Q.value("1822", "5", 100)), null);
        assertThat(grade(q, new NumericResponse("1817")).fraction()).isEqualTo(1.0);
        assertThat(grade(q, new NumericResponse("1827")).fraction()).isEqualTo(1.0);
        assertThat(grade(q, new NumericResponse("1828")).fraction()).isZero();
        assertThat(grade(q, new NumericResponse("1,822")).fraction()).as("read both ways, 1822 wins").isEqualTo(1.0);
    }

    /** {@code {#3.1415:0.0005}} and {@code {#3.141..3.142}}. */
    @Test
    void pi_to_three_places_by_tolerance_and_by_range() {
        var tolerance = new NumericQuestion(Q.header("pi-tolerance"), List.of(Q.value("3.1415", "0.0005", 100)), null);
        var range = new NumericQuestion(Q.header("pi-range"), List.of(Q.range("3.141", "3.142", 100)), null);
        for (var q : List.of(tolerance, range)) {
            assertThat(grade(q, new NumericResponse("3.141")).fraction()).isEqualTo(1.0);
            assertThat(grade(q, new NumericResponse("3,142")).fraction()).isEqualTo(1.0);
            assertThat(grade(q, new NumericResponse("3.14")).fraction()).isZero();
            assertThat(grade(q, new NumericResponse("3.143")).fraction()).isZero();
        }
    }

    /** {@code {# =1822:0 #Correct! 100% credit =%50%1822:2 #He was born in 1822. ...}} */
    @Test
    void grant_born_numerical_example_gives_half_for_being_close() {
        var q = new NumericQuestion(Q.header("numerical-example"), List.of(
                Q.value("1822", "0", 100, "Correct! 100% credit"),
                Q.value("1822", "2", 50, "He was born in 1822. You get 50% credit for being close.")), null);
        assertThat(grade(q, new NumericResponse("1822")).feedback()).isEqualTo("Correct! 100% credit");
        var close = grade(q, new NumericResponse("1820"));
        assertThat(close.fraction()).isEqualTo(0.5);
        assertThat(close.feedback()).startsWith("He was born in 1822.");
    }

    /** Both "What two people are entombed in Grant's tomb?" variants: with zero and with negative wrong weights. */
    @Test
    void entombed_with_zero_weights_ticking_everything_pays_but_with_negative_weights_it_does_not() {
        var zero = new MultipleResponseQuestion(Q.header("entombed-zero"), List.of(Q.choice("No one", 0),
                Q.choice("Grant", 50), Q.choice("Grant's wife", 50), Q.choice("Grant's father", 0)), true);
        var negative = new MultipleResponseQuestion(Q.header("entombed-negative"), List.of(Q.choice("No one", -50),
                Q.choice("Grant", 50), Q.choice("Grant's wife", 50), Q.choice("Grant's father", -50)), true);
        var everything = MultiChoiceResponse.of(0, 1, 2, 3);
        assertThat(grade(zero, everything).fraction()).isEqualTo(1.0);
        assertThat(grade(negative, everything).fraction()).isZero();
        assertThat(grade(negative, MultiChoiceResponse.of(1, 2)).fraction()).isEqualTo(1.0);
        assertThat(grade(negative, MultiChoiceResponse.of(1, 0)).fraction()).isZero();
    }

    /** {@code Which answer equals 5? { ~ \= 2 + 2 = \= 2 + 3 ~ \= 2 + 4 }}: escaped characters are plain option text. */
    @Test
    void special_characters_options_are_picked_by_index() {
        var q = new SingleChoiceQuestion(Q.header("equals-5"), List.of(Choice.wrong("= 2 + 2"),
                Choice.correct("= 2 + 3"), Choice.wrong("= 2 + 4")), true);
        assertThat(grade(q, new ChoiceResponse(1)).status()).isEqualTo(Status.CORRECT);
    }

    /** {@code Match the following countries with their corresponding capitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}} */
    @Test
    void capitals_two_of_three_right() {
        var q = new MatchingQuestion(Q.header("capitals"), List.of(Q.pair("Canada", "Ottawa"), Q.pair("Italy", "Rome"),
                Q.pair("Japan", "Tokyo")), List.of());
        var grade = grade(q, new MatchingResponse(Map.of(0, "Ottawa", 1, "Rome")));
        assertThat(grade.fraction()).isEqualTo(2 / 3.0);
        assertThat(grade.status()).isEqualTo(Status.PARTIAL);
    }

    /** {@code ::Moodle user::[html]Anyone who uses Moodle is a ...{ =%100%Moodler# }} */
    @Test
    void moodle_user_is_a_moodler() {
        var q = new ShortAnswerQuestion(Q.header("moodle-user"), List.of(Q.answer("Moodler", 100, "")), false, false,
                false);
        var grade = grade(q, new TextResponse("moodler"));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.feedbackTexts()).isEmpty();
    }
}
