package com.quizdeck.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LiveSessionRepository extends JpaRepository<LiveSessionRow, Long> {

    Optional<LiveSessionRow> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<LiveSessionRow> findByHostIdOrderByCreatedAtDesc(Long hostId);

    @Modifying
    @Query("""
            update LiveSessionRow s set s.state = :state, s.currentIndex = :index, s.paused = :paused,
              s.openedAt = :openedAt, s.deadline = :deadline, s.remainingMs = :remainingMs, s.endedAt = :endedAt
            where s.id = :id and s.state = :wasState and s.currentIndex = :wasIndex and s.paused = :wasPaused""")
    int saveState(@Param("id") Long id, @Param("state") LiveState state, @Param("index") int index,
            @Param("paused") boolean paused, @Param("openedAt") Instant openedAt, @Param("deadline") Instant deadline,
            @Param("remainingMs") Long remainingMs, @Param("endedAt") Instant endedAt,
            @Param("wasState") LiveState wasState, @Param("wasIndex") int wasIndex, @Param("wasPaused") boolean wasPaused);

    /**
     * The game's row, read with a shared row lock ({@code FOR SHARE} on PostgreSQL) for an answer's
     * transaction: a host's change (an UPDATE of the row, on any node) waits until the answers being
     * stored are committed, and an answer that waits behind a change sees the changed row.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s from LiveSessionRow s where s.id = :id")
    Optional<LiveSessionRow> findForAnswer(@Param("id") Long id);
}
