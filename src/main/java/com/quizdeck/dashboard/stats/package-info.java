/**
 * Quiz and item statistics as a pure calculator (no Spring, no database).
 *
 * <p>The formulas follow Moodle's quiz statistics report: {@code mod/quiz/report/statistics/classes/calculator.php}
 * for the quiz-level figures and {@code question/classes/statistics/questions/calculator.php} for the per-slot
 * figures. See {@code docs/decisions/003-item-statistics.md} for the formulas and the places where we deliberately
 * differ. Values that Moodle leaves undefined (for example the discrimination index of a question everybody got
 * right) are {@code null} here, never {@code NaN}.
 *
 * <p>Entry points: {@link com.quizdeck.dashboard.stats.QuizStatisticsCalculator},
 * {@link com.quizdeck.dashboard.stats.AttemptSelector}, {@link com.quizdeck.dashboard.stats.DistractorAnalysis}.
 */
@NullMarked
package com.quizdeck.dashboard.stats;

import org.jspecify.annotations.NullMarked;
