package com.quizdeck.deck;

/** An instructor who may edit a deck besides its owner. */
public record Coauthor(Long userId, String username, String displayName) {
}
