package com.quizdeck.grading;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.TextBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * cloze: every blank is worth the same, so the fraction is the mean of the blanks' fractions. Each blank is
 * graded like the question type it resembles: a choice blank like single_choice (the picked option's weight), a
 * text blank like short_answer (its own case sensitivity; the content model gives text blanks no accent or typo
 * options, so neither is forgiven), a numeric blank like numeric. One {@link PartGrade} per blank, labelled
 * {@code {n}} as in the text, with that blank's feedback; the grade's own feedback is the general feedback.
 */
final class ClozeGrader {

    private ClozeGrader() {
    }

    static Grade grade(ClozeQuestion q, ClozeResponse r) {
        var blanks = q.blanks();
        if (blanks.isEmpty()) {
            throw new IllegalArgumentException("cloze question '" + q.id() + "' has no blanks to grade");
        }
        if (r.perBlank().size() != blanks.size()) {
            throw Grader.outside(q, "has " + r.perBlank().size() + " entries but the cloze has " + blanks.size()
                    + " blanks");
        }
        var parts = new ArrayList<PartGrade>();
        double sum = 0;
        for (int i = 0; i < blanks.size(); i++) {
            var entry = r.perBlank().get(i);
            var outcome = entry == null || entry.isBlank() ? Outcome.notAnswered() : switch (blanks.get(i)) {
                case ChoiceBlank blank -> SingleChoiceGrader.pick(q, blank.options(), choiceIndex(q, i, entry),
                        "blank {" + (i + 1) + "}");
                case TextBlank blank -> ShortAnswerGrader.match(q, blank.answers(), entry,
                        new TextAnswers.Options(blank.caseSensitive(), false, false));
                case NumericBlank blank -> NumericGrader.match(blank.answers(), blank.otherFeedback(), entry);
            };
            var part = PartGrade.of(i, "{" + (i + 1) + "}", outcome.answer(), outcome.fraction(),
                    outcome.feedbackTexts());
            sum += part.fraction();
            parts.add(part);
        }
        return Grade.of(sum / blanks.size(), Feedback.withGeneral(q, List.of()), parts);
    }

    private static int choiceIndex(ClozeQuestion q, int blank, String entry) {
        try {
            return Integer.parseInt(entry.strip());
        } catch (NumberFormatException e) {
            throw Grader.outside(q, "gives '" + entry + "' for choice blank {" + (blank + 1)
                    + "}, which takes an option index");
        }
    }
}
