package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GraderTest {

    private final Grader grader = new Grader();

    /** Every question type with a response it takes. */
    static Stream<List<Object>> everyType() {
        return Stream.of(
                List.of(new SingleChoiceQuestion(Q.header("sc"), List.of(Q.choice("a", 100), Q.choice("b", 0)), true),
                        new ChoiceResponse(0)),
                List.of(new MultipleResponseQuestion(Q.header("mr"), List.of(Q.choice("a", 100), Q.choice("b", -100)),
                        true), MultiChoiceResponse.of(0)),
                List.of(new TrueFalseQuestion(Q.header("tf"), true, null, null), new TrueFalseResponse(true)),
                List.of(new ShortAnswerQuestion(Q.header("sa"), List.of(TextAnswer.of("x")), false, false, false),
                        new TextResponse("x")),
                List.of(new NumericQuestion(Q.header("nu"), List.of(Q.value("1", "0", 100)), null),
                        new NumericResponse("1")),
                List.of(new MatchingQuestion(Q.header("ma"), List.of(Q.pair("a", "1"), Q.pair("b", "2")), List.of()),
                        new MatchingResponse(Map.of(0, "1", 1, "2"))),
                List.of(new OrderingQuestion(Q.header("or"), List.of("a", "b")), OrderingResponse.of(0, 1)),
                List.of(new ClozeQuestion(Q.header("cl"), "{1}", List.of(new TextBlank(List.of(TextAnswer.of("x")),
                        false))), ClozeResponse.of("x")),
                List.of(new FlashcardQuestion(Q.header("fc"), "front", "back"), new SelfRatedResponse(SelfRating.GOOD)),
                List.of(new OpenQuestion(Q.header("op"), null), new OpenResponse("essay")));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void each_type_grades_the_response_it_takes(List<Object> questionAndResponse) {
        var question = (Question) questionAndResponse.get(0);
        var grade = grader.grade(question, (Response) questionAndResponse.get(1));
        assertThat(grade.status()).isEqualTo(question.type().autoGraded() || question instanceof FlashcardQuestion
                ? Status.CORRECT : Status.NOT_GRADED);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void each_type_refuses_a_response_of_another_kind_with_a_clear_message(List<Object> questionAndResponse) {
        var question = (Question) questionAndResponse.get(0);
        Response wrong = question instanceof TrueFalseQuestion ? new TextResponse("true") : new TrueFalseResponse(true);
        assertThatThrownBy(() -> grader.grade(question, wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + question.id() + "'")
                .hasMessageContaining(question.type().wireName())
                .hasMessageContaining("not a " + wrong.getClass().getSimpleName());
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void each_type_takes_no_response(List<Object> questionAndResponse) {
        var question = (Question) questionAndResponse.get(0);
        var grade = grader.grade(question, Response.none());
        assertThat(grade.fraction()).isZero();
        assertThat(grade.status()).isEqualTo(question.type().autoGraded() ? Status.INCORRECT : Status.NOT_GRADED);
        assertThat(grade.feedback()).isEqualTo("Not answered");
    }

    @Test
    void an_unanswered_question_still_shows_the_general_feedback() {
        var question = new TrueFalseQuestion(Q.header("tf", "Read chapter 2."), true, null, null);
        assertThat(grader.grade(question, Response.none()).feedbackTexts()).containsExactly("Not answered",
                "Read chapter 2.");
    }

    @Test
    void a_null_response_is_refused_with_a_hint() {
        var question = new TrueFalseQuestion(Q.header("tf"), true, null, null);
        assertThatThrownBy(() -> grader.grade(question, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("Response.none()");
    }

    @Test
    void grading_is_pure_the_same_input_gives_an_equal_grade() {
        everyType().forEach(qr -> assertThat(grader.grade((Question) qr.get(0), (Response) qr.get(1)))
                .isEqualTo(grader.grade((Question) qr.get(0), (Response) qr.get(1))));
    }
}
