package com.quizdeck.deck;

import com.quizdeck.content.QuestionType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A deck as lists show it: no question content. */
public record DeckSummary(Long id, String slug, String title, String description, List<String> tags,
        DeckOrigin origin, String originName, Long ownerId, int contentVersion, Instant updatedAt,
        Map<QuestionType, Long> questionsByType) {

    public long questionCount() {
        return questionsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
