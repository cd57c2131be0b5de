package com.quizdeck.grading;

import com.quizdeck.content.Choice;
import com.quizdeck.content.Question;
import com.quizdeck.content.SingleChoiceQuestion;
import java.util.List;

/**
 * single_choice: the picked option's weight as a fraction (Moodle's rule), so an option worth 50% gives half
 * credit and a negative weight gives 0, never less. Feedback: the picked option's, then the general feedback.
 */
final class SingleChoiceGrader {

    private SingleChoiceGrader() {
    }

    static Grade grade(SingleChoiceQuestion q, ChoiceResponse r) {
        var outcome = pick(q, q.options(), r.optionIndex(), "options");
        return Grade.of(outcome.fraction(), Feedback.withGeneral(q, outcome.feedbackTexts()));
    }

    /** Also grades a cloze's choice blank. */
    static Outcome pick(Question q, List<Choice> options, int index, String where) {
        if (index < 0 || index >= options.size()) {
            throw Grader.outside(q, "picks option " + index + " but " + where + " has " + options.size());
        }
        var option = options.get(index);
        return new Outcome(Fractions.ofPercent(option.weight()), option.text(), Feedback.of(option.feedback()));
    }
}
