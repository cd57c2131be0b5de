package com.quizdeck.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    /** New cards a student started on the study screen since {@code from}, per deck: the daily limit counts these. */
    @Query("""
            select r.deckId as deckId, count(r) as n from ReviewLogEntry r
            where r.studentId = :studentId and r.reviewedAt >= :from and r.deckId in :deckIds
              and r.stateBefore = com.quizdeck.study.CardStatus.NEW
              and r.source = com.quizdeck.study.ReviewSource.STUDY
            group by r.deckId
            """)
    List<DeckCount> newStartedSince(Long studentId, Collection<Long> deckIds, Instant from);

    interface DeckCount {
        Long getDeckId();

        Long getN();
    }

    Optional<ReviewLogEntry> findFirstByCardIdOrderByIdDesc(Long cardId);

    List<ReviewLogEntry> findTop10ByCardIdOrderByIdDesc(Long cardId);

    /** The questions of one quiz attempt or live game that already count as this student's reviews. */
    @Query("""
            select r.questionId from ReviewLogEntry r
            where r.studentId = :studentId and r.source = :source and r.sourceId = :sourceId
            """)
    List<Long> questionsCounted(Long studentId, ReviewSource source, Long sourceId);

    /** The student's reviews since {@code from}, reduced to what the activity chart needs. */
    @Query("""
            select r.reviewedAt as reviewedAt, r.rating as rating, r.stateBefore as stateBefore, r.source as source
            from ReviewLogEntry r
            where r.studentId = :studentId and r.reviewedAt >= :from
            """)
    List<ActivityRow> activitySince(Long studentId, Instant from);

    interface ActivityRow {
        Instant getReviewedAt();

        short getRating();

        CardStatus getStateBefore();

        ReviewSource getSource();
    }
}
