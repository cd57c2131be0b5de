package com.quizdeck.deck;

import java.time.Instant;
import java.util.List;

/**
 * One deck for the deck page: its fields, who may do what, and its questions in order.
 *
 * @param canEdit   owner, co-author or admin, and not a library deck
 * @param canManage owner or admin: archive, trash, co-authors
 */
public record EditableDeck(Long id, String slug, DeckDetails details, DeckOrigin origin, String ownerName,
        List<Coauthor> coauthors, boolean canEdit, boolean canManage, int contentVersion, Instant updatedAt,
        Instant archivedAt, Instant deletedAt, List<EditorQuestion> questions) {
}
