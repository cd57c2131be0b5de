package com.quizdeck.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A student's settings for one deck, and the deck content version their cards were last brought up to. */
@Entity
@Table(name = "study_deck_setting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DeckSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    /** Null: the application's default. */
    @Column(name = "new_per_day")
    private Integer newPerDay;

    @Column(name = "typed_answers", nullable = false)
    private boolean typedAnswers;

    @Column(name = "synced_content_version")
    private Integer syncedContentVersion;

    @Version
    private long version;

    DeckSetting(Long studentId, Long deckId) {
        this.studentId = studentId;
        this.deckId = deckId;
    }

    void setNewPerDay(Integer newPerDay) {
        this.newPerDay = newPerDay;
    }

    void setTypedAnswers(boolean typedAnswers) {
        this.typedAnswers = typedAnswers;
    }

    void synced(int contentVersion) {
        this.syncedContentVersion = contentVersion;
    }
}
