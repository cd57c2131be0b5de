package com.quizdeck.study;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeckSettingRepository extends JpaRepository<DeckSetting, Long> {

    Optional<DeckSetting> findByStudentIdAndDeckId(Long studentId, Long deckId);

    List<DeckSetting> findByStudentIdAndDeckIdIn(Long studentId, Collection<Long> deckIds);
}
