package com.quizdeck.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StudentCardRepository extends JpaRepository<StudentCard, Long> {

    @Query(value = StudyQueries.NEXT_DUE_IN_DECK, nativeQuery = true)
    Optional<StudentCard> nextDueInDeck(Long studentId, Long deckId, Instant floor, Instant now);

    @Query(value = StudyQueries.NEXT_NEW_IN_DECK, nativeQuery = true)
    Optional<StudentCard> nextNewInDeck(Long studentId, Long deckId);

    @Query(value = StudyQueries.NEXT_LATER_IN_DECK, nativeQuery = true)
    Optional<StudentCard> nextLaterInDeck(Long studentId, Long deckId, Instant now);

    /** Cards due now in one deck, per status: a range of the (student, deck, due) index. */
    @Query("""
            select c.state as state, count(c) as n from StudentCard c
            where c.studentId = :studentId and c.deckId = :deckId and c.due between :floor and :now
              and c.retired = false
            group by c.state
            """)
    List<StatusCount> dueNowInDeck(Long studentId, Long deckId, Instant floor, Instant now);

    interface StatusCount {
        CardStatus getState();

        long getN();
    }

    /** New cards of one deck. */
    @Query("""
            select count(c) from StudentCard c
            where c.studentId = :studentId and c.deckId = :deckId and c.due is null and c.retired = false
            """)
    long countNewInDeck(Long studentId, Long deckId);

    /** Practice: the next card of one deck after the card {@code afterId}, in card order (deck order). */
    Optional<StudentCard> findFirstByStudentIdAndDeckIdAndIdGreaterThanAndRetiredFalseOrderById(Long studentId,
            Long deckId, Long afterId);

    long countByStudentIdAndDeckIdAndIdGreaterThanAndRetiredFalse(Long studentId, Long deckId, Long afterId);

    List<StudentCard> findByStudentIdAndDeckId(Long studentId, Long deckId);

    Optional<StudentCard> findByStudentIdAndQuestionId(Long studentId, Long questionId);

    /** What the memory figures need of each reviewed card: no content, no history. */
    @Query("""
            select c.studentId as studentId, c.stability as stability, c.difficulty as difficulty,
                   c.lastReview as lastReview
            from StudentCard c
            where c.deckId = :deckId and c.studentId in :studentIds and c.retired = false
              and c.state <> com.quizdeck.study.CardStatus.NEW
            """)
    List<MemoryRow> memoryRows(Long deckId, Collection<Long> studentIds);

    interface MemoryRow {
        Long getStudentId();

        Double getStability();

        Double getDifficulty();

        Instant getLastReview();
    }
}
