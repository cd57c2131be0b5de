package com.quizdeck.live;

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

/** An accepted answer, graded and scored on arrival. {@code counted} is false once the host skipped the question. */
@Entity
@Table(name = "live_answer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LiveAnswerRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(name = "player_id", nullable = false)
    private Long playerId;
    @Column(nullable = false)
    private int position;
    @Column(name = "question_id", nullable = false)
    private Long questionId;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(nullable = false)
    private String response;
    @Column(name = "answer_text", nullable = false)
    private String answerText;
    @Column(nullable = false)
    private double fraction;
    @Column(nullable = false)
    private int points;
    @Column(name = "answer_ms", nullable = false)
    private long answerMs;
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;
    @Column(nullable = false)
    private boolean counted;

    LiveAnswerRow(Long sessionId, Long playerId, int position, Long questionId, Long versionId, String response,
            String answerText, double fraction, int points, long answerMs, Instant answeredAt) {
        this.sessionId = sessionId;
        this.playerId = playerId;
        this.position = position;
        this.questionId = questionId;
        this.versionId = versionId;
        this.response = response;
        this.answerText = answerText;
        this.fraction = fraction;
        this.points = points;
        this.answerMs = answerMs;
        this.answeredAt = answeredAt;
        this.counted = true;
    }
}
