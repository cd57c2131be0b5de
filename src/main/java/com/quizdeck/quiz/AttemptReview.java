package com.quizdeck.quiz;

import java.util.List;

/** A finished attempt, question by question, as the quiz's settings allow it to be shown. */
public record AttemptReview(AttemptSummary attempt, String quizTitle, boolean showsAnswers, List<ReviewItem> items) {

    public AttemptReview {
        items = List.copyOf(items);
    }
}
