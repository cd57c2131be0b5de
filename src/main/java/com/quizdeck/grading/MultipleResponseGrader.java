package com.quizdeck.grading;

import com.quizdeck.content.MultipleResponseQuestion;
import java.util.ArrayList;

/**
 * multiple_response, Moodle's rule: the sum of the weights of the ticked options, never below 0 and at most 1.
 * Wrong options usually carry negative weights, so ticking everything does not pay; without them it would.
 * Feedback: each ticked option's, in the question's order, then the general feedback.
 */
final class MultipleResponseGrader {

    private MultipleResponseGrader() {
    }

    static Grade grade(MultipleResponseQuestion q, MultiChoiceResponse r) {
        var options = q.options();
        for (int index : r.optionIndexes()) {
            if (index < 0 || index >= options.size()) {
                throw Grader.outside(q, "ticks option " + index + " but the question has " + options.size());
            }
        }
        double sum = 0;
        var feedback = new ArrayList<String>();
        for (int i = 0; i < options.size(); i++) {
            if (r.optionIndexes().contains(i)) {
                sum += options.get(i).weight();
                feedback.addAll(Feedback.of(options.get(i).feedback()));
            }
        }
        if (r.optionIndexes().isEmpty()) {
            feedback.add(Feedback.NOT_ANSWERED);
        }
        return Grade.of(Fractions.ofPercent(sum), Feedback.withGeneral(q, feedback));
    }
}
