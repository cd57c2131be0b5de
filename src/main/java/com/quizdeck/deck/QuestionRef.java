package com.quizdeck.deck;

import com.quizdeck.content.QuestionType;

/**
 * A question of a deck at one version: what a quiz attempt or a flashcard keeps. {@code questionId}
 * stays the same across edits; {@code versionId} names the exact content.
 */
public record QuestionRef(Long deckId, Long questionId, String questionKey, QuestionType type, Long versionId,
        int versionNo) {
}
