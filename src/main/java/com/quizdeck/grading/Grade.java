package com.quizdeck.grading;

import java.util.List;
import java.util.Objects;

/**
 * The result of grading one response.
 *
 * @param fraction      credit earned, always in {@code [0, 1]}; {@code 0} when {@link Status#NOT_GRADED}
 * @param status        {@link Status#CORRECT} exactly when the fraction is 1, {@link Status#INCORRECT} when it is
 *                      0, {@link Status#PARTIAL} in between; {@link Status#NOT_GRADED} for open questions and
 *                      unrated flashcards
 * @param feedbackTexts what to show the student, most specific first (the chosen option's or matched answer's
 *                      feedback, then notes such as "Enter a number"), the question's general feedback last. Texts
 *                      taken from the question keep their leading format marker ({@code [html]...}) so that they can
 *                      be rendered with {@code TextFormat.toSafeHtmlHonouringMarker}; {@link #feedback()} is the
 *                      plain joined form
 * @param parts         one entry per pair (matching), item (ordering) or blank (cloze); empty for other types
 */
public record Grade(double fraction, Status status, List<String> feedbackTexts, List<PartGrade> parts) {

    public enum Status {
        CORRECT,
        PARTIAL,
        INCORRECT,
        NOT_GRADED;

        /** The status an auto-graded fraction stands for. */
        public static Status of(double fraction) {
            if (fraction >= 1) {
                return CORRECT;
            }
            return fraction <= 0 ? INCORRECT : PARTIAL;
        }
    }

    public Grade {
        Objects.requireNonNull(status, "status");
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be within [0, 1], was " + fraction);
        }
        if (status == Status.NOT_GRADED ? fraction != 0 : status != Status.of(fraction)) {
            throw new IllegalArgumentException("status " + status + " does not fit fraction " + fraction);
        }
        feedbackTexts = List.copyOf(feedbackTexts);
        parts = List.copyOf(parts);
    }

    /** An auto-graded result; the fraction is brought into {@code [0, 1]} as described on {@link Fractions}. */
    static Grade of(double fraction, List<String> feedbackTexts, List<PartGrade> parts) {
        var f = Fractions.clamp(fraction);
        return new Grade(f, Status.of(f), feedbackTexts, parts);
    }

    static Grade of(double fraction, List<String> feedbackTexts) {
        return of(fraction, feedbackTexts, List.of());
    }

    static Grade notGraded(List<String> feedbackTexts) {
        return new Grade(0, Status.NOT_GRADED, feedbackTexts, List.of());
    }

    /** The feedback texts without their format markers, one per line; empty when there is none. */
    public String feedback() {
        return Feedback.plain(feedbackTexts);
    }
}
