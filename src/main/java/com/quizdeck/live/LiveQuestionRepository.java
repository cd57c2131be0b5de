package com.quizdeck.live;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LiveQuestionRepository extends JpaRepository<LiveQuestionRow, Long> {

    List<LiveQuestionRow> findBySessionIdOrderByPosition(Long sessionId);

    long countBySessionId(Long sessionId);

    @Modifying
    @Query("update LiveQuestionRow q set q.skipped = true where q.sessionId = :sessionId and q.position = :position")
    int markSkipped(@Param("sessionId") Long sessionId, @Param("position") int position);
}
