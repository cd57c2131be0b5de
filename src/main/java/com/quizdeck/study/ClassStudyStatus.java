package com.quizdeck.study;

import java.time.Instant;
import java.util.List;

/** A class's decks for the student, with the sum of what is due now ("12 cards due"). */
public record ClassStudyStatus(Long classId, String className, StudyCounts today, Instant nextDue,
        List<DeckStudyStatus> decks) {

    public ClassStudyStatus {
        decks = List.copyOf(decks);
    }
}
