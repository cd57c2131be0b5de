package com.quizdeck.deck;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeckCoauthorRepository extends JpaRepository<DeckCoauthor, Long> {

    List<DeckCoauthor> findByDeckIdOrderByAddedAt(Long deckId);

    boolean existsByDeckIdAndUserId(Long deckId, Long userId);

    long deleteByDeckIdAndUserId(Long deckId, Long userId);

    List<DeckCoauthor> findByUserId(Long userId);
}
