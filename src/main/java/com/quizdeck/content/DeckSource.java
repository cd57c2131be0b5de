package com.quizdeck.content;

/** Where a deck's content comes from; every field is optional. */
public record DeckSource(String title, String author, String date, String url) {
}
