package com.quizdeck.deck;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDeckRepository extends JpaRepository<StoredDeck, Long> {

    Optional<StoredDeck> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select d from StoredDeck d where :ownerId is null or d.ownerId is null or d.ownerId = :ownerId order by lower(d.title)")
    List<StoredDeck> visibleTo(Long ownerId);
}
