package com.quizdeck.live;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LiveAnswerRepository extends JpaRepository<LiveAnswerRow, Long> {

    List<LiveAnswerRow> findBySessionIdOrderByPositionAscIdAsc(Long sessionId);

    long countBySessionId(Long sessionId);

    List<LiveAnswerRow> findBySessionIdAndPositionOrderById(Long sessionId, int position);

    /**
     * Every player's public score: counted points of the questions before {@code index}, and of
     * {@code index} itself once it is revealed (the same rule as {@link LiveGame#apply}).
     */
    @Query("""
            select a.playerId as playerId, sum(a.points) as points from LiveAnswerRow a
            where a.sessionId = :sessionId and a.counted = true
              and (a.position < :index or (a.position = :index and :revealed = true))
            group by a.playerId""")
    List<Banked> banked(@Param("sessionId") Long sessionId, @Param("index") int index,
            @Param("revealed") boolean revealed);

    interface Banked {
        Long getPlayerId();

        long getPoints();
    }

    @Modifying
    @Query("update LiveAnswerRow a set a.counted = false where a.sessionId = :sessionId and a.position = :position")
    int uncount(@Param("sessionId") Long sessionId, @Param("position") int position);

    /** Per question: answers, right answers, mean fraction, mean time (an aggregate, for the report). */
    @Query("""
            select a.position as position, count(a) as answered,
                   sum(case when a.fraction >= 1 then 1 else 0 end) as correct,
                   avg(a.fraction) as averageFraction, avg(a.answerMs) as averageMillis
            from LiveAnswerRow a where a.sessionId = :sessionId group by a.position""")
    List<QuestionAggregate> aggregateByQuestion(@Param("sessionId") Long sessionId);

    /** Per player: answers, right answers and counted points. */
    @Query("""
            select a.playerId as playerId, count(a) as answered,
                   sum(case when a.fraction >= 1 then 1 else 0 end) as correct,
                   sum(case when a.counted = true then a.points else 0 end) as points
            from LiveAnswerRow a where a.sessionId = :sessionId group by a.playerId""")
    List<PlayerAggregate> aggregateByPlayer(@Param("sessionId") Long sessionId);

    interface QuestionAggregate {
        int getPosition();

        long getAnswered();

        long getCorrect();

        Double getAverageFraction();

        Double getAverageMillis();
    }

    interface PlayerAggregate {
        Long getPlayerId();

        long getAnswered();

        long getCorrect();

        long getPoints();
    }
}
