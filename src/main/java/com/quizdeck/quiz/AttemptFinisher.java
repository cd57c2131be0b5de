package com.quizdeck.quiz;

import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends attempts, for the services of this module (which check who may): scores them from the
 * grades saved with each answer and publishes {@link AttemptSubmitted}. Runs inside the caller's
 * transaction, so listeners that wait for the commit ({@code @TransactionalEventListener}) see the
 * event only once the submission is stored.
 *
 * <p>Grades are stored when an answer is saved, so ending an attempt never needs the questions'
 * content: the deadline job can do it without a user and without reading any deck.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class AttemptFinisher {

    private final AttemptRepository attempts;
    private final AttemptQuestionRepository questions;
    private final ApplicationEventPublisher events;

    /** The student presses "Submit". Past the deadline this is the deadline's doing, with the answers saved before it. */
    void submitByStudent(Attempt attempt, Quiz quiz, Instant now) {
        if (attempt.getState() == AttemptState.IN_PROGRESS && attempt.isPastDeadline(now)) {
            finishOverdue(attempt, quiz, now);
            return;
        }
        var slots = questions.findByAttemptIdOrderByPosition(attempt.getId());
        attempt.submit(now, score(slots, quiz), maxScore(slots, quiz), summary(slots));
        published(attempt, quiz, slots);
    }

    /**
     * The deadline passed: the attempt becomes overdue and is submitted with the answers saved in
     * time, or abandoned when there is not a single one.
     */
    void finishOverdue(Attempt attempt, Quiz quiz, Instant now) {
        if (attempt.getState() == AttemptState.IN_PROGRESS) {
            attempt.expire(now);
        }
        var slots = questions.findByAttemptIdOrderByPosition(attempt.getId());
        if (slots.stream().noneMatch(AttemptQuestion::answered)) {
            attempt.abandon(now);
            log.info("Attempt {} abandoned: its deadline passed without a saved answer", attempt.getId());
            return;
        }
        attempt.submit(now, score(slots, quiz), maxScore(slots, quiz), summary(slots));
        log.info("Attempt {} submitted by the server: its deadline {} passed", attempt.getId(), attempt.getDeadline());
        published(attempt, quiz, slots);
    }

    /** A quiz's close date changed: attempts in progress follow it, and those now past it end. */
    void quizClosingChanged(Quiz quiz, Instant now) {
        for (var attempt : attempts.findByQuizIdAndState(quiz.getId(), AttemptState.IN_PROGRESS)) {
            attempt.quizClosesAt(quiz.getClosesAt());
            if (attempt.isPastDeadline(now)) {
                finishOverdue(attempt, quiz, now);
            }
        }
    }

    static double score(List<AttemptQuestion> slots, Quiz quiz) {
        return slots.stream().mapToDouble(AttemptQuestion::earned).sum() * quiz.getPointsPerQuestion();
    }

    static double maxScore(List<AttemptQuestion> slots, Quiz quiz) {
        return slots.stream().filter(s -> s.getQuestionType().autoGraded()).count() * (double) quiz.getPointsPerQuestion();
    }

    /** Written with the submission, in its transaction: item analysis reads it instead of every answer. */
    static String summary(List<AttemptQuestion> slots) {
        return AnswerSummary.encode(slots.stream()
                .map(s -> new AnswerSummary.StoredSlot(s.getVersionId(), s.getQuestionType(), s.getFraction(),
                        s.getResponse()))
                .toList());
    }

    private void published(Attempt attempt, Quiz quiz, List<AttemptQuestion> slots) {
        var answers = slots.stream()
                .map(s -> new AttemptSubmitted.GradedAnswer(s.getQuestionId(), s.getVersionId(),
                        s.getFraction() == null ? 0 : s.getFraction(), s.getQuestionType().autoGraded(),
                        s.getAnsweredAt()))
                .toList();
        events.publishEvent(new AttemptSubmitted(attempt.getId(), attempt.getStudentId(), quiz.getClassId(),
                quiz.getDeckId(), attempt.getSubmittedAt(), answers));
    }
}
