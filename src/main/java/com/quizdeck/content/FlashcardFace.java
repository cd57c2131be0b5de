package com.quizdeck.content;

/**
 * A question seen as a flashcard: the front asks, the back gives the correct answer and the
 * explanation. Both texts are in {@link #format()}.
 */
public record FlashcardFace(String front, String back, TextFormat format) {

    public String frontHtml() {
        return format.toSafeHtml(front);
    }

    public String backHtml() {
        return format.toSafeHtml(back);
    }
}
