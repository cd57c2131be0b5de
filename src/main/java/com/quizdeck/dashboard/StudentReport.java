package com.quizdeck.dashboard;

import com.quizdeck.live.LiveResult;
import com.quizdeck.quiz.StudentScores;
import com.quizdeck.study.StudyActivity;
import java.util.List;

/**
 * One student's progress: for their instructor (one class) or for themselves ("My progress", every class).
 *
 * @param decks    one line per class and deck
 * @param attempts submitted quiz attempts, oldest first
 * @param weakest  questions with the lowest mean score, worst first
 * @param activity flashcard reviews per day over the last 30 days
 * @param streak   consecutive days with a flashcard review, up to today
 * @param live     live-game results, oldest first
 */
public record StudentReport(Long studentId, String studentName, List<StudentDeckRow> decks,
        List<StudentScores.AttemptPoint> attempts, List<StudentScores.QuestionScore> weakest, StudyActivity activity,
        int streak, List<LiveResult> live) {

    public StudentReport {
        decks = List.copyOf(decks);
        attempts = List.copyOf(attempts);
        weakest = List.copyOf(weakest);
        live = List.copyOf(live);
    }
}
