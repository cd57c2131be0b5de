package com.quizdeck.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptSelectorTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private static Attempt finished(String student, int number, double... marks) {
        return new Attempt(student, number, T0.plusSeconds(3600L * number), T0.plusSeconds(3600L * number + 600),
                java.util.Arrays.stream(marks).boxed().toList());
    }

    private static Attempt inProgress(String student, int number, double... marks) {
        return new Attempt(student, number, T0.plusSeconds(3600L * number), null,
                java.util.Arrays.stream(marks).boxed().toList());
    }

    // Ann: 1 -> 1 mark, 2 -> 2 marks, 3 -> 2 marks (tie with 2), 4 in progress with 3 marks.
    // Bob: a single attempt.
    private final Attempt ann1 = finished("ann", 1, 1, 0);
    private final Attempt ann2 = finished("ann", 2, 1, 1);
    private final Attempt ann3 = finished("ann", 3, 1, 1);
    private final Attempt ann4 = inProgress("ann", 4, 1, 1);
    private final Attempt bob1 = finished("bob", 1, 0, 0);
    private final List<Attempt> attempts = List.of(ann3, ann1, bob1, ann4, ann2);

    @Test
    void firstLastBestAndAllAsMoodle() {
        assertThat(AttemptSelector.select(attempts, WhichAttempts.FIRST)).containsExactly(ann1, bob1);
        assertThat(AttemptSelector.select(attempts, WhichAttempts.LAST)).containsExactly(ann3, bob1);
        // Best: highest total; the tie between attempts 2 and 3 goes to the lower attempt number.
        assertThat(AttemptSelector.select(attempts, WhichAttempts.BEST)).containsExactly(bob1, ann2);
        assertThat(AttemptSelector.select(attempts, WhichAttempts.ALL)).containsExactly(ann3, ann1, bob1, ann2);
    }

    @Test
    void classifyKeepsOrderAndGivesUnfinishedAttemptsNoRole() {
        List<ClassifiedAttempt> classified = AttemptSelector.classify(attempts);
        assertThat(classified).extracting(ClassifiedAttempt::attempt).containsExactlyElementsOf(attempts);
        assertThat(classified.get(0)).isEqualTo(new ClassifiedAttempt(ann3, false, true, false));
        assertThat(classified.get(2)).isEqualTo(new ClassifiedAttempt(bob1, true, true, true));
        assertThat(classified.get(3)).isEqualTo(new ClassifiedAttempt(ann4, false, false, false));
        assertThat(classified.get(3).countsFor(WhichAttempts.ALL)).isFalse();
    }

    @Test
    void calculatorCountsOnlyTheChosenAttemptsAndSummarisesEveryChoice() {
        List<QuizSlot> slots = List.of(QuizSlot.of(1, 1), QuizSlot.of(2, 1));
        QuizStatisticsReport report = QuizStatisticsCalculator.calculate(slots, attempts, WhichAttempts.FIRST);
        QuizStatistics quiz = report.quiz();
        assertThat(quiz.attemptCount()).isEqualTo(2);
        assertThat(quiz.mean().marks()).isEqualTo(0.5);
        assertThat(quiz.bySelection().get(WhichAttempts.FIRST)).isEqualTo(new SelectionSummary(2, 0.5));
        assertThat(quiz.bySelection().get(WhichAttempts.BEST)).isEqualTo(new SelectionSummary(2, 1.0));
        assertThat(quiz.bySelection().get(WhichAttempts.LAST)).isEqualTo(new SelectionSummary(2, 1.0));
        assertThat(quiz.bySelection().get(WhichAttempts.ALL)).isEqualTo(new SelectionSummary(4, 5.0 / 4.0));
        assertThat(report.questions().getFirst().attemptCount()).isEqualTo(2);
    }

    @Test
    void noAttemptsNoSelection() {
        assertThat(AttemptSelector.select(List.of(), WhichAttempts.BEST)).isEmpty();
        assertThat(AttemptSelector.summaries(List.of()).get(WhichAttempts.ALL)).isEqualTo(new SelectionSummary(0, null));
    }
}
