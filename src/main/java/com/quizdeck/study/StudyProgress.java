package com.quizdeck.study;

import java.util.List;

/**
 * One student's flashcards for a progress page: per deck, the last 30 days of reviews and the streak.
 *
 * @param streakDays consecutive days with at least one review, ending today (or yesterday, when nothing was
 *                   reviewed yet today), in the time zone asked for
 */
public record StudyProgress(Long studentId, List<StudentDeckStudy> decks, StudyActivity activity, int streakDays) {

    public StudyProgress {
        decks = List.copyOf(decks);
    }
}
