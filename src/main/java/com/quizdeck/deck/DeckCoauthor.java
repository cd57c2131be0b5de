package com.quizdeck.deck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Another instructor who may edit a deck (not archive, delete or add co-authors: that is the owner's). */
@Entity
@Table(name = "deck_coauthor")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DeckCoauthor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "added_by")
    private Long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    DeckCoauthor(Long deckId, Long userId, Long addedBy, Instant addedAt) {
        this.deckId = deckId;
        this.userId = userId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }
}
