package com.quizdeck.deck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDeckRepository extends JpaRepository<StoredDeck, Long> {

    Optional<StoredDeck> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** Library decks, the user's own and those they co-author (all decks for {@code null}); never the trash. */
    @Query("""
            select d from StoredDeck d where d.deletedAt is null and (:userId is null or d.ownerId is null
              or d.ownerId = :userId or d.id in (select c.deckId from DeckCoauthor c where c.userId = :userId))
            order by lower(d.title)
            """)
    List<StoredDeck> visibleTo(Long userId);

    /** Decks in the trash since {@code since}: the owner's (everybody's for {@code null}). */
    @Query("""
            select d from StoredDeck d where d.deletedAt is not null and d.deletedAt >= :since
              and (:ownerId is null or d.ownerId = :ownerId)
            order by d.deletedAt desc
            """)
    List<StoredDeck> inTrash(Long ownerId, Instant since);
}
