package com.quizdeck.study;

import java.time.Instant;

/**
 * One deck of one of the student's classes, as the flashcards page and the student home show it.
 *
 * @param cards      questions in the deck
 * @param today      what there is to study now (new cards within today's limit)
 * @param newWaiting new cards beyond today's limit
 * @param nextDue    the soonest due time after now; null when none
 * @param newPerDay  the deck's daily limit of new cards for this student
 */
public record DeckStudyStatus(Long classId, String className, Long deckId, String title, long cards,
        StudyCounts today, long newWaiting, Instant nextDue, int newPerDay) {
}
