package com.quizdeck.study;

import java.util.Objects;

/** What a study session covers: one deck, or every deck given to one class. */
public record StudyScope(Kind kind, Long id) {

    public enum Kind {
        DECK,
        CLASS
    }

    public StudyScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static StudyScope deck(Long deckId) {
        return new StudyScope(Kind.DECK, deckId);
    }

    public static StudyScope ofClass(Long classId) {
        return new StudyScope(Kind.CLASS, classId);
    }
}
