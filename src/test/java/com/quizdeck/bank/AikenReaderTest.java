package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AikenReaderTest {

    private static final String TWO_QUESTIONS = """
            What is the correct answer to this question?
            A. Is it this one?
            B. Maybe this answer?
            C. Possibly this one?
            D. Must be this one!
            ANSWER: D

            Which LMS has the most quiz import formats built in?
            A) Moodle
            B) ATutor
            C) Claroline
            D) Blackboard
            ANSWER: A
            """;

    private static BankReadResult aiken(String text) {
        return BankReader.readText("quiz.txt", text, BankFormat.AIKEN);
    }

    @Test
    void aiken_questions_become_single_choice() {
        var result = aiken(TWO_QUESTIONS);
        assertThat(result.problems()).isEmpty();
        var questions = result.decks().getFirst().questions();
        assertThat(questions).hasSize(2);
        var first = (SingleChoiceQuestion) questions.getFirst();
        assertThat(first.prompt()).isEqualTo("What is the correct answer to this question?");
        assertThat(first.format()).isEqualTo(TextFormat.PLAIN);
        assertThat(first.options()).extracting(o -> o.text() + (o.correct() ? "*" : "")).containsExactly(
                "Is it this one?", "Maybe this answer?", "Possibly this one?", "Must be this one!*");
        assertThat(((SingleChoiceQuestion) questions.get(1)).options().getFirst().correct()).isTrue();
    }

    @Test
    void txt_files_with_answer_lines_are_detected_as_aiken() {
        var result = BankReader.read("quiz.txt", TWO_QUESTIONS.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(result.questionCount()).isEqualTo(2);
    }

    @Test
    void answer_letter_must_name_an_option() {
        assertThat(aiken("Q?\nA. x\nB. y\nANSWER: E\n").problems()).extracting(BankProblem::toString)
                .containsExactly("quiz.txt:4:1: 'ANSWER: E' names no option; the options are A, B");
    }

    @Test
    void missing_answer_line_is_reported_at_the_question() {
        assertThat(aiken("Q?\nA. x\nB. y\n\nNext?\nA. a\nB. b\nANSWER: A\n").problems()).extracting(BankProblem::toString)
                .containsExactly("quiz.txt:1:1: this question has no 'ANSWER:' line after its options");
    }

    @Test
    void a_single_option_is_not_enough() {
        assertThat(aiken("Q?\nA. x\nANSWER: A\n").problems()).extracting(BankProblem::message)
                .containsExactly("an Aiken question needs at least 2 options 'A. ...', 'B. ...'");
    }
}
