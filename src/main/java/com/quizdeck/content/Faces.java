package com.quizdeck.content;

import java.util.ArrayList;
import java.util.List;

/** Builds flashcard faces the same way for every type. */
final class Faces {

    private Faces() {
    }

    /**
     * Front: the prompt (or {@code front}). Back: {@code answer}, then the explanation, or the
     * general feedback when there is no explanation (imported Moodle questions have only that).
     */
    static FlashcardFace card(QuestionHeader header, String front, String answer) {
        var format = header.format();
        var parts = new ArrayList<String>();
        addIfPresent(parts, answer);
        addIfPresent(parts, format.convert(header.explanation() != null ? header.explanation() : header.generalFeedback()));
        return new FlashcardFace(front == null ? "" : front, String.join(format.paragraphBreak(), parts), format);
    }

    static FlashcardFace card(QuestionHeader header, String answer) {
        return card(header, header.prompt(), answer);
    }

    /** Plain texts (typed answers, numbers) as lines of the question's format. */
    static String plainLines(TextFormat format, List<String> plainTexts) {
        return String.join(format.lineBreak(), plainTexts.stream().map(t -> format.convertFrom(TextFormat.PLAIN, t)).toList());
    }

    /** Texts of the question (options, pair lefts; maybe carrying markers) as lines of its format. */
    static String lines(TextFormat format, List<String> texts) {
        return String.join(format.lineBreak(), texts.stream().map(format::convert).toList());
    }

    private static void addIfPresent(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text);
        }
    }
}
