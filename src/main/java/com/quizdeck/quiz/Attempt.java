package com.quizdeck.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One student's attempt at a quiz, and the state machine it goes through:
 *
 * <pre>
 *   IN_PROGRESS --submit (before the deadline)--> SUBMITTED
 *   IN_PROGRESS --expire (at or after the deadline)--> OVERDUE --submit--> SUBMITTED
 *                                                              --abandon--> ABANDONED
 * </pre>
 *
 * The deadline is the earlier of the start plus the time limit and the quiz's close date (none
 * when there is neither). Answers are taken only while in progress and before the deadline.
 */
@Entity
@Table(name = "quiz_attempt")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_id", nullable = false)
    private Long quizId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptState state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "time_limit_ends_at")
    private Instant timeLimitEndsAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "finished_by", length = 20)
    private FinishedBy finishedBy;

    @Column(name = "current_position", nullable = false)
    private int currentPosition;

    private Double score;

    @Column(name = "max_score")
    private Double maxScore;

    /** Its answers in short ({@link AnswerSummary}), for item analysis; written on submission, null before. */
    @Column(name = "answer_summary", length = 1_000_000)
    private String answerSummary;

    @Version
    private long version;

    /**
     * @param timeLimitEndsAt start + time limit, or null without a limit
     * @param closesAt        the quiz's close date, or null
     */
    Attempt(Long quizId, Long studentId, int attemptNo, Instant startedAt, Instant timeLimitEndsAt, Instant closesAt) {
        this.quizId = quizId;
        this.studentId = studentId;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.timeLimitEndsAt = timeLimitEndsAt;
        this.deadline = earlier(timeLimitEndsAt, closesAt);
        this.state = AttemptState.IN_PROGRESS;
    }

    /** The quiz's close date moved (or the quiz was closed): an open attempt's deadline follows it. */
    void quizClosesAt(Instant closesAt) {
        if (state == AttemptState.IN_PROGRESS) {
            deadline = earlier(timeLimitEndsAt, closesAt);
        }
    }

    boolean isPastDeadline(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    /** Refuses, with a message for the student, when this attempt takes no more answers. */
    void ensureAnswerable(Instant now) {
        switch (state) {
            case SUBMITTED -> throw new AttemptClosedException(
                    "This attempt was already submitted; its answers can no longer change.");
            case ABANDONED -> throw new AttemptClosedException("This attempt has ended; it takes no more answers.");
            case OVERDUE -> throw timeIsUp();
            case IN_PROGRESS -> {
                if (isPastDeadline(now)) {
                    throw timeIsUp();
                }
            }
        }
    }

    private AttemptClosedException timeIsUp() {
        return new AttemptClosedException("Time is up: the deadline passed, so this answer was not saved. "
                + "Answers saved before the deadline count.");
    }

    /** The deadline passed while the attempt was in progress. */
    void expire(Instant now) {
        if (state != AttemptState.IN_PROGRESS) {
            throw new IllegalStateException("Only an attempt in progress can become overdue; this one is " + state);
        }
        if (!isPastDeadline(now)) {
            throw new IllegalStateException("The deadline of attempt " + id + " has not passed yet");
        }
        state = AttemptState.OVERDUE;
    }

    /**
     * Ends the attempt with its score and the summary of its answers: by the student while in progress and before
     * the deadline, or by the server once it is overdue.
     *
     * @throws IllegalStateException when already submitted or abandoned, or when in progress past the deadline
     *                               (it must {@link #expire} first)
     */
    void submit(Instant now, double score, double maxScore, String answerSummary) {
        switch (state) {
            case SUBMITTED -> throw new IllegalStateException("This attempt was already submitted.");
            case ABANDONED -> throw new IllegalStateException("This attempt was abandoned; it cannot be submitted.");
            case IN_PROGRESS -> {
                if (isPastDeadline(now)) {
                    throw new IllegalStateException("The deadline has passed: the attempt is overdue, not in progress");
                }
                finishedBy = FinishedBy.STUDENT;
            }
            case OVERDUE -> finishedBy = FinishedBy.TIME_UP;
        }
        state = AttemptState.SUBMITTED;
        submittedAt = now;
        this.score = score;
        this.maxScore = maxScore;
        this.answerSummary = answerSummary;
    }

    /** An overdue attempt without a single saved answer ends without a score. */
    void abandon(Instant now) {
        if (state != AttemptState.OVERDUE) {
            throw new IllegalStateException("Only an overdue attempt can be abandoned; this one is " + state);
        }
        state = AttemptState.ABANDONED;
        finishedBy = FinishedBy.TIME_UP;
        submittedAt = now;
    }

    boolean belongsTo(Long userId) {
        return studentId.equals(userId);
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
