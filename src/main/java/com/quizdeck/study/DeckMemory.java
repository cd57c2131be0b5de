package com.quizdeck.study;

/**
 * How well a deck is remembered right now, by FSRS's prediction.
 *
 * @param cards           the deck's cards (for a class: per student, summed over the students)
 * @param studied         of those, the ones reviewed at least once
 * @param retrievability  the mean predicted probability of recalling a studied card now; null when none is studied
 */
public record DeckMemory(Long deckId, long cards, long studied, Double retrievability) {

    /** Share of the cards studied at least once. */
    public double coverage() {
        return cards == 0 ? 0 : Math.min(1.0, (double) studied / cards);
    }

    /** The expected share of all the deck's cards recalled now, counting a card never studied as not recalled. */
    public double expectedRecall() {
        return retrievability == null || cards == 0 ? 0 : retrievability * studied / Math.max(cards, studied);
    }
}
