package com.quizdeck.deck;

import com.quizdeck.content.QuestionType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A deck as lists show it: no question content.
 *
 * @param editable   whether the caller may change it (owner, co-author or admin; never a library deck)
 * @param manageable whether the caller may archive, delete it or name co-authors (owner or admin)
 * @param archivedAt when it was archived, or {@code null}
 * @param deletedAt  when it went to the trash, or {@code null}
 */
public record DeckSummary(Long id, String slug, String title, String description, List<String> tags,
        DeckOrigin origin, String originName, Long ownerId, int contentVersion, Instant updatedAt,
        Map<QuestionType, Long> questionsByType, boolean editable, boolean manageable, Instant archivedAt,
        Instant deletedAt) {

    public long questionCount() {
        return questionsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
