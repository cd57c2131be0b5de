package com.quizdeck.study;

import com.quizdeck.study.fsrs.Rating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One review of a card, with the card's schedule before and after: enough to undo it, to replay a student's history
 * with other FSRS parameters, and to say where it came from. Written once, deleted only by undo.
 */
@Entity
@Table(name = "study_review")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReviewLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private Long cardId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "version_id")
    private Long versionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(nullable = false)
    private short rating;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(name = "elapsed_days")
    private Integer elapsedDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before", nullable = false, length = 12)
    private CardStatus stateBefore;

    @Column(name = "step_before")
    private Integer stepBefore;

    @Column(name = "stability_before")
    private Double stabilityBefore;

    @Column(name = "difficulty_before")
    private Double difficultyBefore;

    @Column(name = "due_before")
    private Instant dueBefore;

    @Column(name = "last_review_before")
    private Instant lastReviewBefore;

    @Column(name = "interval_before_seconds")
    private Long intervalBeforeSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false, length = 12)
    private CardStatus stateAfter;

    @Column(name = "step_after")
    private Integer stepAfter;

    @Column(name = "stability_after")
    private Double stabilityAfter;

    @Column(name = "difficulty_after")
    private Double difficultyAfter;

    @Column(name = "due_after")
    private Instant dueAfter;

    @Column(name = "interval_after_seconds")
    private Long intervalAfterSeconds;

    ReviewLogEntry(StudentCard card, ReviewSource source, Long sourceId, Long versionId, Rating rating,
            Instant reviewedAt, StudentCard.Snapshot before, StudentCard.Snapshot after) {
        this.cardId = card.getId();
        this.studentId = card.getStudentId();
        this.deckId = card.getDeckId();
        this.questionId = card.getQuestionId();
        this.versionId = versionId;
        this.source = source;
        this.sourceId = sourceId;
        this.rating = (short) rating.value();
        this.reviewedAt = reviewedAt;
        this.elapsedDays = before.lastReview() == null ? null
                : (int) Math.floorDiv(Duration.between(before.lastReview(), reviewedAt).getSeconds(), 86_400L);
        this.stateBefore = before.state();
        this.stepBefore = before.step();
        this.stabilityBefore = before.stability();
        this.difficultyBefore = before.difficulty();
        this.dueBefore = before.due();
        this.lastReviewBefore = before.lastReview();
        this.intervalBeforeSeconds = before.due() == null || before.lastReview() == null ? null
                : Duration.between(before.lastReview(), before.due()).getSeconds();
        this.stateAfter = after.state();
        this.stepAfter = after.step();
        this.stabilityAfter = after.stability();
        this.difficultyAfter = after.difficulty();
        this.dueAfter = after.due();
        this.intervalAfterSeconds = after.due() == null ? null : Duration.between(reviewedAt, after.due()).getSeconds();
    }

    Rating rating() {
        return Rating.of(rating);
    }

    /**
     * The card's schedule before this review, to put back on undo. Reps and lapses are not logged: they are counted
     * back from the card, which this review changed last.
     */
    StudentCard.Snapshot before(StudentCard card) {
        boolean lapse = stateBefore == CardStatus.REVIEW && rating() == Rating.AGAIN;
        return new StudentCard.Snapshot(stateBefore, stepBefore, stabilityBefore, difficultyBefore, dueBefore,
                lastReviewBefore, card.getReps() - 1, card.getLapses() - (lapse ? 1 : 0));
    }
}
