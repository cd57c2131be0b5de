package com.quizdeck.study;

/** One student's memory of a deck, for their instructor. */
public record StudentMemory(Long studentId, String displayName, DeckMemory memory) {
}
