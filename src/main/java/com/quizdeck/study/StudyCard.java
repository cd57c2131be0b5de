package com.quizdeck.study;

import com.quizdeck.content.Question;
import com.quizdeck.study.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A card to show: the question at the version the card follows, and its schedule.
 *
 * @param due       null while new
 * @param intervals what each rating would give, for the buttons ("10 min", "3 d"); empty when practising ahead,
 *                  where ratings change nothing
 */
public record StudyCard(Long cardId, Long deckId, Long questionId, Long versionId, Question question,
        CardStatus status, Instant due, Instant lastReview, int reps, int lapses, Map<Rating, Duration> intervals) {

    public StudyCard {
        intervals = Map.copyOf(intervals);
    }
}
