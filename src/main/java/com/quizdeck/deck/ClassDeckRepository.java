package com.quizdeck.deck;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassDeckRepository extends JpaRepository<ClassDeck, Long> {

    boolean existsByClassroomIdAndDeckId(Long classroomId, Long deckId);

    List<ClassDeck> findByClassroomIdIn(Collection<Long> classroomIds);

    boolean existsByClassroomIdInAndDeckIdIn(Collection<Long> classroomIds, Collection<Long> deckIds);

    long deleteByClassroomIdAndDeckId(Long classroomId, Long deckId);
}
