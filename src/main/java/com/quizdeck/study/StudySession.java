package com.quizdeck.study;

import java.util.List;

/**
 * A study session as it opens: what it covers and its first card.
 *
 * @param title      the deck's title, or the class's name
 * @param deckIds    the decks it covers
 * @param newPerDay    the daily limit of new cards of the deck (for a class: of its first deck); see
 *                     {@link StudyService#setNewCardsPerDay}
 * @param typedAnswers whether the student types the answers of short-answer and flashcard cards (a deck setting;
 *                     for a class: of its first deck); see {@link StudyService#setTypedAnswers}
 */
public record StudySession(StudyScope scope, String title, List<Long> deckIds, int newPerDay, boolean typedAnswers,
        StudyQueue queue) {

    public StudySession {
        deckIds = List.copyOf(deckIds);
    }
}
