package com.quizdeck.quiz;

import java.util.List;

/** One quiz for a student: its settings as they concern them, and every attempt they made. */
public record StudentQuizDetail(StudentQuiz quiz, int pointsPerQuestion, boolean shuffled, List<AttemptSummary> attempts) {

    public StudentQuizDetail {
        attempts = List.copyOf(attempts);
    }
}
