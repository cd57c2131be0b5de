package com.quizdeck.live;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LivePlayerRepository extends JpaRepository<LivePlayerRow, Long> {

    List<LivePlayerRow> findBySessionIdOrderById(Long sessionId);

    long countBySessionId(Long sessionId);

    @Modifying
    @Query("update LivePlayerRow p set p.status = :status where p.id = :id")
    int setStatus(@Param("id") Long id, @Param("status") PlayerStatus status);

    @Modifying
    @Query("update LivePlayerRow p set p.finalScore = :score, p.finalRank = :rank where p.id = :id")
    int setFinal(@Param("id") Long id, @Param("score") int score, @Param("rank") int rank);
}
