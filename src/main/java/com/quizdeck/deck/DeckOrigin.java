package com.quizdeck.deck;

/** Where a deck came from: a bank file shipped with the app, an upload, or the editor. */
public enum DeckOrigin {
    BANK, IMPORT, EDITOR
}
