package com.quizdeck.grading;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The grade of one part of a question: a pair of a matching question, an item of an ordering question or a
 * blank of a cloze.
 *
 * @param index         the part's index in the question's list ({@code pairs()}, {@code items()}, {@code blanks()})
 * @param label         what the part is: the pair's left text, the item's text, or {@code {n}} for blank n
 * @param answer        what the student gave for it: the chosen right-hand text, the 1-based position the item
 *                      was put at, the typed text or the picked option's text; {@code null} when left empty
 * @param fraction      credit for this part alone, in {@code [0, 1]}
 * @param status        as for {@link Grade}
 * @param feedbackTexts feedback for this part, with format markers kept; see {@link #feedback()}
 */
public record PartGrade(int index, String label, @Nullable String answer, double fraction, Grade.Status status,
        List<String> feedbackTexts) {

    public PartGrade {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        if (!(fraction >= 0 && fraction <= 1) || status != Grade.Status.of(fraction)) {
            throw new IllegalArgumentException("part " + index + ": fraction " + fraction + " with status " + status);
        }
        feedbackTexts = List.copyOf(feedbackTexts);
    }

    static PartGrade of(int index, String label, @Nullable String answer, double fraction, List<String> feedbackTexts) {
        var f = Fractions.clamp(fraction);
        return new PartGrade(index, label, answer, f, Grade.Status.of(f), feedbackTexts);
    }

    /** The feedback texts without their format markers, one per line; empty when there is none. */
    public String feedback() {
        return Feedback.plain(feedbackTexts);
    }
}
