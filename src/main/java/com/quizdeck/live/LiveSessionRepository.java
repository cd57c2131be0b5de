package com.quizdeck.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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
            where s.id = :id""")
    int saveState(@Param("id") Long id, @Param("state") LiveState state, @Param("index") int index,
            @Param("paused") boolean paused, @Param("openedAt") Instant openedAt, @Param("deadline") Instant deadline,
            @Param("remainingMs") Long remainingMs, @Param("endedAt") Instant endedAt);
}
