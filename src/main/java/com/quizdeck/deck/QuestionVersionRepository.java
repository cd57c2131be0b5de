package com.quizdeck.deck;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    List<QuestionVersion> findByIdIn(Collection<Long> ids);

    Optional<QuestionVersion> findTopByQuestionIdOrderByVersionNoDesc(Long questionId);

    List<QuestionVersion> findByQuestionIdOrderByVersionNoDesc(Long questionId);
}
