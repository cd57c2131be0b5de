package com.quizdeck.study;

/**
 * Practice ahead ("cram"): every card of the session once, in deck order, whatever its due time. Ratings are logged
 * as {@link ReviewSource#CRAM} and change no schedule.
 *
 * @param card      the next card; null at the end
 * @param remaining cards left, the one shown included
 */
public record PracticeQueue(StudyCard card, long remaining) {

    public boolean hasCard() {
        return card != null;
    }
}
