package com.quizdeck.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.OrderingResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.SelfRating;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class QuizJsonTest {

    static List<Response> responses() {
        return List.of(new ChoiceResponse(2), MultiChoiceResponse.of(3, 0), new TrueFalseResponse(false),
                new TextResponse("Kim Jong-un \"quoted\" \u00e9"), new NumericResponse("1 000,5"),
                new MatchingResponse(Map.of(0, "Had to be renewed", 3, "x, y: z")), OrderingResponse.of(2, 0, 1),
                ClozeResponse.of("1996", null, "2"), new SelfRatedResponse(SelfRating.HARD),
                new OpenResponse("Line one\nline two"));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void every_response_comes_back_as_it_was_stored(Response response) {
        assertThat(QuizJson.decode(QuizJson.encode(response))).isEqualTo(response);
    }

    @Test
    void no_answer_is_stored_as_nothing() {
        assertThat(QuizJson.encode(Response.none())).isNull();
        assertThat(QuizJson.decode(null)).isEqualTo(Response.none());
    }

    @Test
    void the_stored_shape_is_plain_json() {
        assertThat(QuizJson.encode(new ChoiceResponse(2))).isEqualTo("{\"type\":\"single_choice\",\"option\":2}");
        assertThat(QuizJson.encode(new Shuffle(List.of(List.of(2, 0, 1), List.of())))).isEqualTo("[[2,0,1],[]]");
        assertThat(QuizJson.decodeShuffle("[[2,0,1],[]]").orders()).containsExactly(List.of(2, 0, 1), List.of());
    }
}
