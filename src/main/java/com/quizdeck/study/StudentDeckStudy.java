package com.quizdeck.study;

import java.time.Instant;

/**
 * One student's flashcards of one deck, for dashboards.
 *
 * @param cards          the deck's questions now (each is a card once the student starts the deck)
 * @param studied        cards reviewed at least once
 * @param dueNow         studied cards due for review now
 * @param retrievability mean predicted probability (FSRS) of recalling a studied card now; null when none studied
 * @param lastReview     the student's latest review of a card of this deck; null when none
 */
public record StudentDeckStudy(Long studentId, Long deckId, long cards, long studied, long dueNow,
        Double retrievability, Instant lastReview) {

    /** Share of the deck's cards studied at least once (0..1). */
    public double coverage() {
        return cards == 0 ? 0 : Math.min(1.0, (double) studied / cards);
    }
}
