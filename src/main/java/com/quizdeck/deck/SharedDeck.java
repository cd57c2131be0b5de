package com.quizdeck.deck;

/** A deck as a class sees it: which class gave it, what it is called, how many questions. */
public record SharedDeck(Long classId, String className, Long deckId, String title, String description,
        long questionCount) {
}
