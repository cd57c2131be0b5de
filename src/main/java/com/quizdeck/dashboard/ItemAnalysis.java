package com.quizdeck.dashboard;

import com.quizdeck.content.QuestionType;
import com.quizdeck.dashboard.stats.DistractorReport;
import com.quizdeck.dashboard.stats.QuestionStatistics;
import com.quizdeck.dashboard.stats.QuizStatisticsReport;
import com.quizdeck.dashboard.stats.WhichAttempts;
import java.time.Instant;
import java.util.List;

/**
 * Item analysis of one quiz under one choice of attempts, as Moodle's quiz statistics report.
 *
 * @param questionsDrawn questions drawn per attempt when the quiz draws a subset of its deck; null when every
 *                       attempt gets every question
 * @param report         quiz figures, per-question figures (in {@link #items()} order) and the score histogram
 * @param attempts       every submitted attempt, with whether it counts under {@code which}
 */
public record ItemAnalysis(Long quizId, String title, Long classId, String className, WhichAttempts which,
        Integer questionsDrawn, QuizStatisticsReport report, List<Item> items, List<AttemptLine> attempts) {

    public ItemAnalysis {
        items = List.copyOf(items);
        attempts = List.copyOf(attempts);
    }

    /**
     * One question (Moodle's slot).
     *
     * @param options     the options of a choice question, labelled A, B, ... in the question's own order (True and
     *                    False for a true/false question); empty for other types
     * @param distractors option counts and hints for choice questions; null for other types
     */
    public record Item(int slot, Long questionId, QuestionType type, String prompt, QuestionStatistics statistics,
            List<Option> options, DistractorReport distractors) {

        public Item {
            options = List.copyOf(options);
        }
    }

    public record Option(String label, String text, double fraction) {
    }

    public record AttemptLine(Long attemptId, Long studentId, String studentName, int attemptNo, Instant submittedAt,
            double score, double maxScore, boolean counted) {

        public double percent() {
            return maxScore == 0 ? 0 : 100.0 * score / maxScore;
        }
    }
}
