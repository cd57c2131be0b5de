package com.quizdeck.study;

import java.time.Instant;

/**
 * Where a study session stands: the card to show now, if any, and what is left.
 *
 * @param card       the next card; null when nothing is due now and no new card is left for today
 * @param counts     what is left now, the card shown included
 * @param nextDue    the soonest due time after now among the session's cards (a learning card coming back, a
 *                   review tomorrow); null when none is scheduled
 * @param newWaiting new cards beyond today's limit (they come on later days)
 */
public record StudyQueue(StudyCard card, StudyCounts counts, Instant nextDue, long newWaiting) {

    public boolean hasCard() {
        return card != null;
    }
}
