package com.quizdeck.grading;

import java.util.List;

/**
 * Credit and feedback for one answer, before it becomes a {@link Grade} (of a question) or a {@link PartGrade}
 * (of a cloze blank); lets a blank be graded by the same code as the question type it resembles.
 *
 * @param fraction not yet clamped
 * @param answer   what the student gave, for display; {@code null} when nothing
 */
record Outcome(double fraction, @org.jspecify.annotations.Nullable String answer, List<String> feedbackTexts) {

    Outcome {
        feedbackTexts = List.copyOf(feedbackTexts);
    }

    static Outcome notAnswered() {
        return new Outcome(0, null, List.of(Feedback.NOT_ANSWERED));
    }
}
