package com.quizdeck.dashboard.stats;

import java.util.List;

/**
 * Everything the calculator produces for one quiz and one choice of attempts.
 *
 * @param quiz      test-level statistics
 * @param questions item statistics, one per slot, in slot order as given
 * @param histogram distribution of the counted attempts' total scores
 */
public record QuizStatisticsReport(QuizStatistics quiz, List<QuestionStatistics> questions, ScoreHistogram histogram) {

    public QuizStatisticsReport {
        questions = List.copyOf(questions);
    }
}
