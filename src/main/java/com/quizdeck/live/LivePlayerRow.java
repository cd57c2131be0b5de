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

/** A player of a game: a student ({@code userId}) or a guest. */
@Entity
@Table(name = "live_player")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LivePlayerRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(name = "user_id")
    private Long userId;
    @Column(nullable = false)
    private String nickname;
    @Column(name = "nickname_key", nullable = false)
    private String nicknameKey;
    @Column(nullable = false)
    private String token;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlayerStatus status;
    @Column(name = "final_score")
    private Integer finalScore;
    @Column(name = "final_rank")
    private Integer finalRank;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    LivePlayerRow(Long sessionId, Long userId, String nickname, String nicknameKey, String token, Instant joinedAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.nickname = nickname;
        this.nicknameKey = nicknameKey;
        this.token = token;
        this.status = PlayerStatus.ACTIVE;
        this.joinedAt = joinedAt;
    }
}
