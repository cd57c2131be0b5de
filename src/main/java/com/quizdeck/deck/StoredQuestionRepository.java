package com.quizdeck.deck;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredQuestionRepository extends JpaRepository<StoredQuestion, Long> {

    List<StoredQuestion> findByDeckIdOrderByPosition(Long deckId);

    /** Question counts per deck and type in one query, for deck lists. */
    @Query("""
            select q.deckId as deckId, q.type as type, count(q) as n from StoredQuestion q
            where q.removed = false and q.deckId in :deckIds group by q.deckId, q.type
            """)
    List<TypeCount> countByType(Collection<Long> deckIds);

    interface TypeCount {
        Long getDeckId();

        com.quizdeck.content.QuestionType getType();

        long getN();
    }
}
