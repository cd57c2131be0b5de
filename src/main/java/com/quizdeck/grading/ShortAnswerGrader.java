package com.quizdeck.grading;

import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.TextAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * short_answer: the weight of the best matching answer, compared as described on {@link TextAnswers}; no match
 * gives 0. Feedback: the matched answer's, a spelling note when a typo was forgiven, then the general feedback.
 * An empty text is "Not answered" (Moodle does not let a {@code *} answer match nothing typed).
 */
final class ShortAnswerGrader {

    private ShortAnswerGrader() {
    }

    static Grade grade(ShortAnswerQuestion q, TextResponse r) {
        var options = new TextAnswers.Options(q.caseSensitive(), q.accentInsensitive(), q.forgiveTypo());
        var outcome = match(q, q.answers(), r.text(), options);
        return Grade.of(outcome.fraction(), Feedback.withGeneral(q, outcome.feedbackTexts()));
    }

    /** Also grades a cloze's text blank. */
    static Outcome match(Question q, List<TextAnswer> answers, String typed, TextAnswers.Options options) {
        if (typed.isBlank()) {
            return Outcome.notAnswered();
        }
        var match = TextAnswers.best(answers, typed, options);
        if (match.isEmpty()) {
            return new Outcome(0, typed, List.of());
        }
        var answer = match.get().answer();
        var feedback = new ArrayList<>(Feedback.of(answer.feedback()));
        if (match.get().typo()) {
            feedback.add("Accepted with a typo; it is spelled \"" + answer.text() + "\".");
        }
        return new Outcome(Fractions.ofPercent(answer.weight()), typed, feedback);
    }
}
