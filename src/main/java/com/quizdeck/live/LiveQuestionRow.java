package com.quizdeck.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A question of a game, at the version it was played in. */
@Entity
@Table(name = "live_question")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LiveQuestionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(nullable = false)
    private int position;
    @Column(name = "question_id", nullable = false)
    private Long questionId;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(nullable = false)
    private int seconds;
    @Column(nullable = false)
    private boolean skipped;

    LiveQuestionRow(Long sessionId, int position, Long questionId, Long versionId, int seconds) {
        this.sessionId = sessionId;
        this.position = position;
        this.questionId = questionId;
        this.versionId = versionId;
        this.seconds = seconds;
    }
}
