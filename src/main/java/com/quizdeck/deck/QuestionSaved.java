package com.quizdeck.deck;

/** What saving a question did: the question as it is now, and whether that made a new version. */
public record QuestionSaved(EditorQuestion question, boolean newVersion) {
}
