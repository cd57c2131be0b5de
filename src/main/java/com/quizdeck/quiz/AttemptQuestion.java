package com.quizdeck.quiz;

import com.quizdeck.content.QuestionType;
import com.quizdeck.grading.Grade;
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
 * One question of an attempt: the exact version shown and its shuffle, fixed at the start, and the
 * answer saved for it with the grade it earned. Its own version column is the optimistic lock that
 * tells two tabs apart; the flag is changed by a bulk update that leaves it alone.
 */
@Entity
@Table(name = "quiz_attempt_question")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "version_id", nullable = false)
    private Long versionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 30)
    private QuestionType questionType;

    /** {@link Shuffle} as JSON. */
    @Column(nullable = false, length = 4000)
    private String shuffle;

    @Column(nullable = false)
    private boolean flagged;

    /** The response as JSON ({@link ResponseCodec}); null when unanswered. */
    @Column(length = 20000)
    private String response;

    private Double fraction;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_status", length = 20)
    private Grade.Status gradeStatus;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The student asked for feedback on this answer (feedback after each question); it is final now. */
    @Column(nullable = false)
    private boolean checked;

    @Version
    private long version;

    AttemptQuestion(Long attemptId, int position, Long questionId, Long versionId, QuestionType questionType,
            String shuffle) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.versionId = versionId;
        this.questionType = questionType;
        this.shuffle = shuffle;
    }

    /** Saves an answer with the grade it earned; null response clears it. */
    void answer(String encodedResponse, Grade grade, Instant now) {
        if (checked) {
            throw new AttemptClosedException("You checked this answer, so it can no longer change.");
        }
        this.response = encodedResponse;
        this.fraction = encodedResponse == null ? null : grade.fraction();
        this.gradeStatus = encodedResponse == null ? null : grade.status();
        this.answeredAt = encodedResponse == null ? null : now;
    }

    void check() {
        if (response == null) {
            throw new IllegalStateException("Answer the question before checking it.");
        }
        if (checked) {
            throw new IllegalStateException("This answer was already checked.");
        }
        checked = true;
    }

    boolean answered() {
        return response != null;
    }

    /** Credit towards the score: auto-graded questions only (flashcards are self-rated, open ones read by a teacher). */
    double earned() {
        return questionType.autoGraded() && fraction != null ? fraction : 0;
    }
}
