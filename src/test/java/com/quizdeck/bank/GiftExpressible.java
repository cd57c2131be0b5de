package com.quizdeck.bank;

import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import java.util.List;

/** A question reduced to what GIFT can carry, for comparing before and after a GIFT round trip. */
final class GiftExpressible {

    private GiftExpressible() {
    }

    static Question of(Question question) {
        var header = question.header();
        var feedback = header.generalFeedback() != null ? header.generalFeedback() : header.explanation();
        var reduced = header.withTags(List.of()).withSource(null).withExplanation(null).withGeneralFeedback(feedback);
        // GIFT names a question once: the id comes back from the title (or was the title).
        reduced = reduced.withTitle(null);
        return switch (question.withHeader(reduced)) {
            case SingleChoiceQuestion q -> new SingleChoiceQuestion(q.header(), q.options(), true);
            case MultipleResponseQuestion q -> new MultipleResponseQuestion(q.header(), q.options(), true);
            case ShortAnswerQuestion q -> new ShortAnswerQuestion(q.header(), q.answers(), false, false, false);
            case OpenQuestion q -> new OpenQuestion(q.header(), null);
            case Question q -> q;
        };
    }
}
