package com.quizdeck.dashboard;

import com.quizdeck.classroom.ClassSummary;
import java.util.List;

/**
 * A class at a glance, for its instructor.
 *
 * @param rows    one per student and deck given to the class, by student name then deck title
 * @param quizzes the class's quizzes, newest first
 * @param live    live games the caller hosted in which students of this class played
 */
public record ClassDashboard(ClassSummary classroom, List<DeckRef> decks, List<StudentRef> students,
        List<StudentDeckRow> rows, List<QuizLine> quizzes, List<LiveLine> live) {

    public ClassDashboard {
        decks = List.copyOf(decks);
        students = List.copyOf(students);
        rows = List.copyOf(rows);
        quizzes = List.copyOf(quizzes);
        live = List.copyOf(live);
    }

    public record DeckRef(Long id, String title) {
    }

    public record StudentRef(Long id, String name) {
    }

    public record QuizLine(Long quizId, String title, Long deckId) {
    }

    /** A live game and how the class's students did in it. */
    public record LiveLine(Long sessionId, String title, java.time.Instant playedAt, int classPlayers,
            double meanCorrectPercent) {
    }
}
