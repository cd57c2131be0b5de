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

/** A deck given to a class. Refers to the class by id: the classroom module owns classes. */
@Entity
@Table(name = "class_deck")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ClassDeck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "classroom_id", nullable = false)
    private Long classroomId;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    @Column(name = "shared_by")
    private Long sharedBy;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    ClassDeck(Long classroomId, Long deckId, Long sharedBy, Instant sharedAt) {
        this.classroomId = classroomId;
        this.deckId = deckId;
        this.sharedBy = sharedBy;
        this.sharedAt = sharedAt;
    }
}
