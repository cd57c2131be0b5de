package com.quizdeck.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private static Attempt attempt(Duration limit, Instant closesAt) {
        return new Attempt(1L, 2L, 1, START, limit == null ? null : START.plus(limit), closesAt);
    }

    @Test
    void the_deadline_is_the_earlier_of_the_time_limit_and_the_close_date() {
        assertThat(attempt(Duration.ofMinutes(30), START.plusSeconds(600)).getDeadline()).isEqualTo(START.plusSeconds(600));
        assertThat(attempt(Duration.ofMinutes(30), START.plusSeconds(7200)).getDeadline())
                .isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(attempt(Duration.ofMinutes(30), null).getDeadline()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(attempt(null, START.plusSeconds(60)).getDeadline()).isEqualTo(START.plusSeconds(60));
        assertThat(attempt(null, null).getDeadline()).isNull();
    }

    @Test
    void submitting_in_time_ends_the_attempt_with_its_score() {
        var a = attempt(Duration.ofMinutes(30), null);
        a.submit(START.plusSeconds(60), 3, 5, "");
        assertThat(a.getState()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(a.getFinishedBy()).isEqualTo(FinishedBy.STUDENT);
        assertThat(a.getSubmittedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(a.getScore()).isEqualTo(3.0);
        assertThat(a.getMaxScore()).isEqualTo(5.0);
    }

    @Test
    void submitting_twice_is_refused() {
        var a = attempt(null, null);
        a.submit(START.plusSeconds(60), 1, 1, "");
        assertThatThrownBy(() -> a.submit(START.plusSeconds(61), 1, 1, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This attempt was already submitted.");
    }

    @Test
    void an_attempt_in_progress_past_its_deadline_must_expire_before_it_is_submitted() {
        var a = attempt(Duration.ofMinutes(10), null);
        var late = START.plus(Duration.ofMinutes(10));
        assertThatThrownBy(() -> a.submit(late, 1, 1, "")).isInstanceOf(IllegalStateException.class);

        a.expire(late);
        assertThat(a.getState()).isEqualTo(AttemptState.OVERDUE);
        a.submit(late.plusSeconds(5), 1, 2, "");
        assertThat(a.getState()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(a.getFinishedBy()).isEqualTo(FinishedBy.TIME_UP);
    }

    @Test
    void an_attempt_cannot_expire_before_its_deadline_nor_without_one() {
        var timed = attempt(Duration.ofMinutes(10), null);
        assertThatThrownBy(() -> timed.expire(START.plus(Duration.ofMinutes(9))))
                .isInstanceOf(IllegalStateException.class);
        var untimed = attempt(null, null);
        assertThatThrownBy(() -> untimed.expire(START.plus(Duration.ofDays(400))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_an_overdue_attempt_is_abandoned_and_then_nothing_more_happens_to_it() {
        var a = attempt(Duration.ofMinutes(1), null);
        assertThatThrownBy(() -> a.abandon(START)).isInstanceOf(IllegalStateException.class);
        a.expire(START.plus(Duration.ofMinutes(2)));
        a.abandon(START.plus(Duration.ofMinutes(2)));
        assertThat(a.getState()).isEqualTo(AttemptState.ABANDONED);
        assertThat(a.getScore()).isNull();
        assertThatThrownBy(() -> a.submit(START.plus(Duration.ofMinutes(3)), 0, 1, ""))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.expire(START.plus(Duration.ofMinutes(3)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void answers_are_taken_until_the_deadline_and_not_at_it() {
        var a = attempt(Duration.ofMinutes(10), null);
        a.ensureAnswerable(START.plus(Duration.ofMinutes(10)).minusMillis(1));
        assertThatThrownBy(() -> a.ensureAnswerable(START.plus(Duration.ofMinutes(10))))
                .isInstanceOf(AttemptClosedException.class)
                .hasMessageStartingWith("Time is up");
    }

    @Test
    void a_submitted_attempt_takes_no_answers() {
        var a = attempt(null, null);
        a.submit(START.plusSeconds(1), 0, 1, "");
        assertThatThrownBy(() -> a.ensureAnswerable(START.plusSeconds(2)))
                .isInstanceOf(AttemptClosedException.class)
                .hasMessageContaining("already submitted");
    }

    @Test
    void closing_the_quiz_early_brings_the_deadline_of_an_open_attempt_forward_and_reopening_moves_it_back() {
        var a = attempt(Duration.ofMinutes(30), null);
        a.quizClosesAt(START.plusSeconds(300));
        assertThat(a.getDeadline()).isEqualTo(START.plusSeconds(300));
        a.quizClosesAt(null);
        assertThat(a.getDeadline()).isEqualTo(START.plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_checked_answer_cannot_change() {
        var q = new AttemptQuestion(1L, 0, 1L, 1L, com.quizdeck.content.QuestionType.TRUE_FALSE, "[]");
        assertThatThrownBy(q::check).isInstanceOf(IllegalStateException.class).hasMessage("Answer the question before checking it.");
        var grade = new com.quizdeck.grading.Grader().grade(
                new com.quizdeck.content.TrueFalseQuestion(com.quizdeck.content.QuestionHeader.of("t", "T?"), true, null, null),
                new com.quizdeck.grading.TrueFalseResponse(true));
        q.answer("{\"type\":\"true_false\",\"answer\":true}", grade, START);
        q.check();
        assertThatThrownBy(() -> q.answer(null, grade, START)).isInstanceOf(AttemptClosedException.class);
        assertThat(q.earned()).isEqualTo(1.0);
    }
}
