package com.quizdeck.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The durable copy of a game's state. The game itself ({@link LiveGame}) lives in memory and writes
 * each transition here ({@link LiveSessionRepository#saveState}); a restart reads it back.
 */
@Entity
@Table(name = "live_session")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LiveSessionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "join_code", nullable = false)
    private String joinCode;
    @Column(name = "host_id", nullable = false)
    private Long hostId;
    @Column(name = "deck_id", nullable = false)
    private Long deckId;
    @Column(nullable = false)
    private String title;
    @Column(name = "seconds_per_question", nullable = false)
    private int secondsPerQuestion;
    @Column(name = "speed_points", nullable = false)
    private boolean speedPoints;
    @Column(name = "show_leaderboard", nullable = false)
    private boolean showLeaderboard;
    @Column(name = "hide_results", nullable = false)
    private boolean hideResults;
    @Column(name = "guests_allowed", nullable = false)
    private boolean guestsAllowed;
    @Column(name = "late_join_allowed", nullable = false)
    private boolean lateJoinAllowed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LiveState state;
    @Column(name = "current_index", nullable = false)
    private int currentIndex;
    @Column(nullable = false)
    private boolean paused;
    @Column(name = "opened_at")
    private Instant openedAt;
    private Instant deadline;
    @Column(name = "remaining_ms")
    private Long remainingMs;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    LiveSessionRow(String joinCode, Long hostId, Long deckId, String title, LiveSettings s, Instant createdAt) {
        this.joinCode = joinCode;
        this.hostId = hostId;
        this.deckId = deckId;
        this.title = title;
        this.secondsPerQuestion = s.secondsPerQuestion();
        this.speedPoints = s.speedPoints();
        this.showLeaderboard = s.showLeaderboard();
        this.hideResults = s.hideResultsUntilReveal();
        this.guestsAllowed = s.guestsAllowed();
        this.lateJoinAllowed = s.lateJoinAllowed();
        this.state = LiveState.LOBBY;
        this.currentIndex = -1;
        this.createdAt = createdAt;
    }

    LiveSettings settings() {
        return new LiveSettings(secondsPerQuestion, speedPoints, showLeaderboard, hideResults, guestsAllowed,
                lateJoinAllowed);
    }
}
