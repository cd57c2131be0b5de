package com.quizdeck.deck;

/** What saving a deck did, question by question. */
public record DeckSaveResult(Long deckId, String slug, String title, boolean deckCreated, int questionsAdded,
        int questionsChanged, int questionsUnchanged, int questionsRemoved, int contentVersion) {

    public boolean changedAnything() {
        return deckCreated || questionsAdded + questionsChanged + questionsRemoved > 0;
    }
}
