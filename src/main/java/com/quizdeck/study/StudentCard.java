package com.quizdeck.study;

import com.quizdeck.study.fsrs.Card;
import com.quizdeck.study.fsrs.CardState;
import com.quizdeck.study.fsrs.Rating;
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
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One student's flashcard for one deck question: its FSRS state. Refers to the student, deck and question by id;
 * other modules own those. Only {@link #apply} and {@link #restore} change the schedule.
 */
@Entity
@Table(name = "study_card")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StudentCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "version_id")
    private Long versionId;

    private Integer position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CardStatus state;

    private Integer step;

    private Double stability;

    private Double difficulty;

    /** Null while new. */
    private Instant due;

    @Column(name = "last_review")
    private Instant lastReview;

    @Column(nullable = false)
    private int reps;

    @Column(nullable = false)
    private int lapses;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** The schedule fields, to log them before and after a review and to put them back on undo. */
    record Snapshot(CardStatus state, Integer step, Double stability, Double difficulty, Instant due,
            Instant lastReview, int reps, int lapses) {
    }

    StudentCard(Long studentId, Long deckId, Long questionId, Long versionId, Integer position, Instant createdAt) {
        this.studentId = Objects.requireNonNull(studentId);
        this.deckId = Objects.requireNonNull(deckId);
        this.questionId = Objects.requireNonNull(questionId);
        this.versionId = versionId;
        this.position = position;
        this.state = CardStatus.NEW;
        this.createdAt = createdAt;
    }

    boolean isNew() {
        return state == CardStatus.NEW;
    }

    /** The card as the scheduler sees it; a new card is due {@code now}. */
    Card toFsrs(Instant now) {
        if (isNew()) {
            return Card.newCard(now);
        }
        var fsrsState = switch (state) {
            case LEARNING -> CardState.LEARNING;
            case REVIEW -> CardState.REVIEW;
            case RELEARNING -> CardState.RELEARNING;
            case NEW -> throw new IllegalStateException("unreachable");
        };
        return new Card(fsrsState, step, stability, difficulty, due, lastReview);
    }

    Snapshot snapshot() {
        return new Snapshot(state, step, stability, difficulty, due, lastReview, reps, lapses);
    }

    /** Takes the scheduler's verdict on a review with {@code rating}; a review card rated Again is a lapse. */
    void apply(Card after, Rating rating) {
        if (state == CardStatus.REVIEW && rating == Rating.AGAIN) {
            lapses++;
        }
        reps++;
        state = CardStatus.of(after.state());
        step = after.step();
        stability = after.stability();
        difficulty = after.difficulty();
        due = after.due();
        lastReview = after.lastReview();
    }

    /** Puts back the schedule from before a review (undo). */
    void restore(Snapshot before) {
        state = before.state();
        step = before.step();
        stability = before.stability();
        difficulty = before.difficulty();
        due = before.due();
        lastReview = before.lastReview();
        reps = before.reps();
        lapses = before.lapses();
    }

    /** Follows the deck: the question's current version and place, or its removal. */
    boolean follow(Long currentVersionId, int currentPosition) {
        boolean changed = retired || !Objects.equals(versionId, currentVersionId)
                || !Objects.equals(position, currentPosition);
        versionId = currentVersionId;
        position = currentPosition;
        retired = false;
        return changed;
    }

    void retire() {
        retired = true;
    }
}
