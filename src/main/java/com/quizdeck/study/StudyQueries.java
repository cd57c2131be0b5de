package com.quizdeck.study;

/**
 * The SQL that picks the next card, kept here so that the benchmark in {@code bench/} times exactly what the
 * application runs. Each is one query on {@code study_card} that the index {@code ix_study_card_deck_due
 * (student_id, deck_id, due, position)} answers in order, stopping at the first row: no query loads a student's
 * cards to choose among them. Sessions over several decks (a class) ask each deck and take the earliest.
 *
 * <p>Two details keep H2 on that path (PostgreSQL does not need them, and they do not hurt it): the {@code order by}
 * repeats the constant leading columns, which is what makes H2 read the index in order instead of sorting; and the
 * due range has a lower bound, because new cards (due null) sort first in H2's index and an open range would walk
 * past all of them.
 */
final class StudyQueries {

    private StudyQueries() {
    }

    /** The lower bound of every due range: before any real due time, after the nulls of new cards. */
    static final java.time.Instant DUE_FLOOR = java.time.Instant.EPOCH;

    /** The most overdue card of one deck: learning, relearning and review alike, by due time. */
    static final String NEXT_DUE_IN_DECK = """
            select * from study_card
            where student_id = :studentId and deck_id = :deckId and due between :floor and :now and retired = false
            order by student_id, deck_id, due, position
            fetch first 1 rows only""";

    /** The first new card of one deck, in deck order. */
    static final String NEXT_NEW_IN_DECK = """
            select * from study_card
            where student_id = :studentId and deck_id = :deckId and due is null and retired = false
            order by student_id, deck_id, due, position
            fetch first 1 rows only""";

    /** The card of one deck due soonest after now: when the session has something again. */
    static final String NEXT_LATER_IN_DECK = """
            select * from study_card
            where student_id = :studentId and deck_id = :deckId and due > :now and retired = false
            order by student_id, deck_id, due, position
            fetch first 1 rows only""";
}
