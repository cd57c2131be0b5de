package com.quizdeck.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The question types; {@link #wireName()} is the snake_case name used in files and JSON. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    MATCHING,
    ORDERING,
    CLOZE,
    FLASHCARD,
    OPEN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }

    /** Flashcards are self-graded and open questions are read by a teacher; the rest grade themselves. */
    public boolean autoGraded() {
        return this != FLASHCARD && this != OPEN;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(QuestionType::wireName).toList();
    }
}
