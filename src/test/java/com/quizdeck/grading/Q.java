package com.quizdeck.grading;

import com.quizdeck.content.Choice;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.TextAnswer;
import java.math.BigDecimal;

/** Short builders for test questions, all through the content model's own constructors. */
final class Q {

    private Q() {
    }

    static QuestionHeader header(String id) {
        return QuestionHeader.of(id, "Prompt of " + id);
    }

    static QuestionHeader header(String id, String generalFeedback) {
        return header(id).withGeneralFeedback(generalFeedback);
    }

    static Choice choice(String text, double weight) {
        return new Choice(text, weight, null);
    }

    static Choice choice(String text, double weight, String feedback) {
        return new Choice(text, weight, feedback);
    }

    static TextAnswer answer(String text, double weight) {
        return new TextAnswer(text, weight, null);
    }

    static TextAnswer answer(String text, double weight, String feedback) {
        return new TextAnswer(text, weight, feedback);
    }

    static NumericAnswer.Value value(String value, String tolerance, double weight) {
        return new NumericAnswer.Value(new BigDecimal(value), new BigDecimal(tolerance), weight, null);
    }

    static NumericAnswer.Value value(String value, String tolerance, double weight, String feedback) {
        return new NumericAnswer.Value(new BigDecimal(value), new BigDecimal(tolerance), weight, feedback);
    }

    static NumericAnswer.Range range(String min, String max, double weight) {
        return new NumericAnswer.Range(new BigDecimal(min), new BigDecimal(max), weight, null);
    }

    static MatchPair pair(String left, String right) {
        return new MatchPair(left, right);
    }
}
