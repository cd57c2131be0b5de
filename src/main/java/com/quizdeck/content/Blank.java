package com.quizdeck.content;

import java.util.List;

/** One blank of a cloze question: a menu of choices, a typed word or a typed number. */
public sealed interface Blank permits ChoiceBlank, TextBlank, NumericBlank {

    /** {@code choice}, {@code text} or {@code numeric}, as in the native format. */
    String kind();

    /** The answer that earns full credit, for flashcard backs and answer keys. */
    String correctAnswer();

    static String firstFullCredit(List<String> texts) {
        return texts.isEmpty() ? "" : texts.getFirst();
    }
}
