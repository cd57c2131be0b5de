package com.quizdeck.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StudentCardRepository extends JpaRepository<StudentCard, Long> {

    @Query(value = StudyQueries.NEXT_DUE_IN_DECK, nativeQuery = true)
    Optional<StudentCard> nextDueInDeck(Long studentId, Long deckId, Instant now);

    @Query(value = StudyQueries.NEXT_DUE_IN_DECKS, nativeQuery = true)
    Optional<StudentCard> nextDueInDecks(Long studentId, Collection<Long> deckIds, Instant now);

    @Query(value = StudyQueries.NEXT_NEW_IN_DECK, nativeQuery = true)
    Optional<StudentCard> nextNewInDeck(Long studentId, Long deckId);

    @Query(value = StudyQueries.NEXT_NEW_IN_DECKS, nativeQuery = true)
    Optional<StudentCard> nextNewInDecks(Long studentId, Collection<Long> deckIds);

    @Query(value = StudyQueries.NEXT_FOR_PRACTICE, nativeQuery = true)
    Optional<StudentCard> nextForPractice(Long studentId, Collection<Long> deckIds, Long afterId);

    @Query("""
            select count(c) from StudentCard c
            where c.studentId = :studentId and c.deckId in :deckIds and c.id > :afterId and c.retired = false
            """)
    long countForPractice(Long studentId, Collection<Long> deckIds, Long afterId);

    /** Counts per deck in one pass over the student's cards of those decks. */
    @Query("""
            select c.deckId as deckId,
                   sum(case when c.state = com.quizdeck.study.CardStatus.NEW then 1 else 0 end) as newCards,
                   sum(case when c.state <> com.quizdeck.study.CardStatus.NEW then 1 else 0 end) as seenCards,
                   sum(case when (c.state = com.quizdeck.study.CardStatus.LEARNING
                                  or c.state = com.quizdeck.study.CardStatus.RELEARNING)
                             and c.due <= :now then 1 else 0 end) as learningDue,
                   sum(case when c.state = com.quizdeck.study.CardStatus.REVIEW and c.due <= :now
                            then 1 else 0 end) as reviewDue,
                   min(case when c.due > :now then c.due else null end) as nextDue
            from StudentCard c
            where c.studentId = :studentId and c.deckId in :deckIds and c.retired = false
            group by c.deckId
            """)
    List<DeckCounts> countsByDeck(Long studentId, Collection<Long> deckIds, Instant now);

    interface DeckCounts {
        Long getDeckId();

        Long getNewCards();

        Long getSeenCards();

        Long getLearningDue();

        Long getReviewDue();

        Instant getNextDue();
    }

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
