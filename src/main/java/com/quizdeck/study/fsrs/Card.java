package com.quizdeck.study.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card, as py-fsrs's {@code Card} holds it (without the card id, which belongs to
 * whoever stores the card).
 *
 * @param state      where the card is in its life
 * @param step       the current (re)learning step; {@code null} in {@link CardState#REVIEW}
 * @param stability  days until retrievability falls to 90 %; {@code null} until the first review
 * @param difficulty 1 (easiest) to 10; {@code null} until the first review
 * @param due        when the card should next be shown
 * @param lastReview when the card was last reviewed; {@code null} until the first review
 */
public record Card(CardState state, Integer step, Double stability, Double difficulty, Instant due,
        Instant lastReview) {

    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        // py-fsrs puts a learning card without a step at step 0; doing the same here keeps stored rows
        // that leave the step out readable.
        if (state == CardState.LEARNING && step == null) {
            step = 0;
        }
        if (step != null && step < 0) {
            throw new IllegalArgumentException("step must not be negative, got " + step);
        }
        if (state == CardState.REVIEW && step != null) {
            throw new IllegalArgumentException("a card in review has no step, got " + step);
        }
        if (state == CardState.RELEARNING && step == null) {
            throw new IllegalArgumentException("a relearning card needs a step");
        }
        if ((stability == null) != (difficulty == null)) {
            throw new IllegalArgumentException("stability and difficulty are set together, got stability="
                    + stability + " difficulty=" + difficulty);
        }
        if (state != CardState.LEARNING && stability == null) {
            throw new IllegalArgumentException("a card in " + state + " needs stability and difficulty");
        }
        if (stability != null && !(stability > 0 && Double.isFinite(stability))) {
            throw new IllegalArgumentException("stability must be a positive number of days, got " + stability);
        }
        if (difficulty != null && !(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be between 1 and 10, got " + difficulty);
        }
    }

    /** A card that has never been reviewed, due at {@code due}. */
    public static Card newCard(Instant due) {
        return new Card(CardState.LEARNING, 0, null, null, due, null);
    }

    /** True until the first review gives the card a stability and a difficulty. */
    public boolean isNew() {
        return stability == null;
    }
}
