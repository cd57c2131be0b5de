package com.quizdeck.deck;

import com.quizdeck.content.QuestionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A question's place in its deck; its content is in {@link QuestionVersion}s. */
@Entity
@Table(name = "deck_question")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StoredQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    @Column(name = "question_key", nullable = false, length = 100)
    private String questionKey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private QuestionType type;

    @Column(name = "current_version_id")
    private Long currentVersionId;

    @Column(nullable = false)
    private boolean removed;

    @Version
    private long version;

    StoredQuestion(Long deckId, String questionKey, int position, QuestionType type) {
        this.deckId = deckId;
        this.questionKey = questionKey;
        this.position = position;
        this.type = type;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void useVersion(QuestionVersion version, QuestionType newType) {
        this.currentVersionId = version.getId();
        this.type = newType;
        this.removed = false;
    }

    void remove() {
        this.removed = true;
    }

    /** Undoes {@link #remove()}: the question is back with the version it had. */
    void restore() {
        this.removed = false;
    }
}
