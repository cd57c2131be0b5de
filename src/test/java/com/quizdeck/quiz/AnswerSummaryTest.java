package com.quizdeck.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.QuestionType;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerSummaryTest {

    @Test
    void every_kind_of_slot_reads_back_as_written() {
        double third = 1.0 / 3;
        var slots = List.of(
                slot(11, QuestionType.SINGLE_CHOICE, 1.0, new ChoiceResponse(0)),
                slot(12, QuestionType.SINGLE_CHOICE, 0.0, new ChoiceResponse(12)),
                slot(13, QuestionType.MULTIPLE_RESPONSE, third, new MultiChoiceResponse(Set.of(3, 0, 10))),
                slot(14, QuestionType.MULTIPLE_RESPONSE, 0.0, new MultiChoiceResponse(Set.of())),
                slot(15, QuestionType.TRUE_FALSE, 0.0, new TrueFalseResponse(false)),
                slot(16, QuestionType.TRUE_FALSE, 1.0, new TrueFalseResponse(true)),
                slot(17, QuestionType.SHORT_ANSWER, 0.5, new TextResponse("Paris, of course")),
                slot(18, QuestionType.OPEN, null, new OpenResponse("A long essay with : and = and spaces")),
                slot(19, QuestionType.SINGLE_CHOICE, null, null),
                slot(20, QuestionType.NUMERIC, -0.25, new TextResponse("x")),
                slot(21, QuestionType.NUMERIC, 1e-7, new TextResponse("y")));

        var text = AnswerSummary.encode(slots);

        assertThat(text).isEqualTo("11=1:c0 12=0:c12 13=0.3333333333333333:m0.3.10 14=0:m 15=0:f 16=1:t 17=0.5:a"
                + " 18=:a 19= 20=-0.25:a 21=1.0E-7:a");
        assertThat(AnswerSummary.decode(text)).containsExactly(
                new AnswerSummary.Slot(11, 1.0, new ChoiceResponse(0)),
                new AnswerSummary.Slot(12, 0.0, new ChoiceResponse(12)),
                new AnswerSummary.Slot(13, third, new MultiChoiceResponse(Set.of(0, 3, 10))),
                new AnswerSummary.Slot(14, 0.0, new MultiChoiceResponse(Set.of())),
                new AnswerSummary.Slot(15, 0.0, new TrueFalseResponse(false)),
                new AnswerSummary.Slot(16, 1.0, new TrueFalseResponse(true)),
                new AnswerSummary.Slot(17, 0.5, Response.none()),
                new AnswerSummary.Slot(18, null, Response.none()),
                new AnswerSummary.Slot(19, null, null),
                new AnswerSummary.Slot(20, -0.25, Response.none()),
                new AnswerSummary.Slot(21, 1e-7, Response.none()));
    }

    @Test
    void an_attempt_without_slots_has_an_empty_summary() {
        assertThat(AnswerSummary.encode(List.of())).isEmpty();
        assertThat(AnswerSummary.decode("")).isEmpty();
    }

    private static AnswerSummary.StoredSlot slot(long versionId, QuestionType type, Double fraction,
            Response response) {
        return new AnswerSummary.StoredSlot(versionId, type, fraction,
                response == null ? null : QuizJson.encode(response));
    }
}
