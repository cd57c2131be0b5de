package com.quizdeck.grading;

import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * numeric: the text is read by {@link NumberInput}; the credit is the weight of the best answer that accepts it
 * (value ± tolerance or min..max, both ends included). An ambiguous text such as {@code 3,142} is graded in both
 * readings and the better one counts. Not a number: 0 with "Enter a number". A number no answer accepts: 0 with
 * the question's feedback for other answers. Then the general feedback.
 */
final class NumericGrader {

    private NumericGrader() {
    }

    static Grade grade(NumericQuestion q, NumericResponse r) {
        var outcome = match(q.answers(), q.otherFeedback(), r.raw());
        return Grade.of(outcome.fraction(), Feedback.withGeneral(q, outcome.feedbackTexts()));
    }

    /** Also grades a cloze's numeric blank. */
    static Outcome match(List<NumericAnswer> answers, @Nullable String otherFeedback, String raw) {
        var readings = NumberInput.readings(raw);
        if (readings.isEmpty()) {
            return new Outcome(0, raw.isBlank() ? null : raw, List.of(Feedback.ENTER_A_NUMBER));
        }
        NumericAnswer best = null;
        BigDecimal bestReading = null;
        for (var answer : answers) {
            for (var reading : readings) {
                if (answer.accepts(reading) && (best == null || answer.weight() > best.weight())) {
                    best = answer;
                    bestReading = reading;
                }
            }
        }
        var feedback = new ArrayList<String>();
        if (best == null) {
            feedback.addAll(Feedback.of(otherFeedback));
        } else {
            feedback.addAll(Feedback.of(best.feedback()));
            if (readings.size() > 1) {
                feedback.add(ambiguityNote(raw.strip(), readings, bestReading));
            }
        }
        return new Outcome(best == null ? 0 : Fractions.ofPercent(best.weight()), raw.strip(), feedback);
    }

    private static String ambiguityNote(String typed, List<BigDecimal> readings, BigDecimal used) {
        var other = readings.getFirst().equals(used) ? readings.getLast() : readings.getFirst();
        return "Read as " + used.toPlainString() + "; \"" + typed + "\" could also mean " + other.toPlainString()
                + ". Leave out the thousands separator to be sure.";
    }
}
