package com.quizdeck.quiz;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findByClassIdInOrderByOpensAtDescIdDesc(Collection<Long> classIds);
}
