package com.quizdeck.study;

/**
 * The SQL that picks the next card, kept here so that the benchmark in {@code bench/} times exactly what the
 * application runs. Each is one query on {@code study_card} that an index answers in order
 * ({@code ix_study_card_deck_due} for one deck, {@code ix_study_card_student_due} for several), stopping at the first
 * row: no query loads a student's cards to choose among them.
 */
final class StudyQueries {

    private StudyQueries() {
    }

    /** The most overdue card of one deck: learning, relearning and review alike, by due time. */
    static final String NEXT_DUE_IN_DECK = """
            select * from study_card
            where student_id = :studentId and deck_id = :deckId and due <= :now and retired = false
            order by due, position, id
            fetch first 1 rows only""";

    /** The most overdue card of several decks (all decks of a class). */
    static final String NEXT_DUE_IN_DECKS = """
            select * from study_card
            where student_id = :studentId and due <= :now and deck_id in (:deckIds) and retired = false
            order by due, id
            fetch first 1 rows only""";

    /** The first new card of one deck, in deck order. */
    static final String NEXT_NEW_IN_DECK = """
            select * from study_card
            where student_id = :studentId and deck_id = :deckId and due is null and retired = false
            order by position, id
            fetch first 1 rows only""";

    /** The first new card of several decks, in deck order. */
    static final String NEXT_NEW_IN_DECKS = """
            select * from study_card
            where student_id = :studentId and deck_id in (:deckIds) and due is null and retired = false
            order by position, deck_id, id
            fetch first 1 rows only""";

    /** Practice ahead: the next card of the decks after the card {@code afterId}, in card order (deck order). */
    static final String NEXT_FOR_PRACTICE = """
            select * from study_card
            where student_id = :studentId and deck_id in (:deckIds) and id > :afterId and retired = false
            order by id
            fetch first 1 rows only""";
}
