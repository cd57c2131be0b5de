package com.quizdeck.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByQuizIdAndStudentIdOrderByAttemptNo(Long quizId, Long studentId);

    List<Attempt> findByStudentIdAndQuizIdIn(Long studentId, Collection<Long> quizIds);

    Optional<Attempt> findFirstByQuizIdAndStudentIdAndStateInOrderByAttemptNoDesc(Long quizId, Long studentId,
            Collection<AttemptState> states);

    List<Attempt> findByQuizIdAndState(Long quizId, AttemptState state);

    /** Attempts still open whose deadline has passed: the overdue job's work list. */
    @Query("""
            select a.id from Attempt a
            where a.state in (com.quizdeck.quiz.AttemptState.IN_PROGRESS, com.quizdeck.quiz.AttemptState.OVERDUE)
              and a.deadline <= :now
            order by a.deadline
            """)
    List<Long> overdue(Instant now);

    /** Where the student is; not a change of the attempt's state, so it leaves the optimistic lock alone. */
    @Modifying
    @Query("update Attempt a set a.currentPosition = :position where a.id = :id")
    int moveTo(Long id, int position);

    /** Per quiz: students who started, attempts submitted. One row per quiz, not a walk over attempts. */
    @Query("""
            select new com.quizdeck.quiz.AttemptRepository$QuizCounts(a.quizId, count(distinct a.studentId),
                   sum(case when a.state = com.quizdeck.quiz.AttemptState.SUBMITTED then 1 else 0 end))
            from Attempt a where a.quizId in :quizIds group by a.quizId
            """)
    List<QuizCounts> countsByQuiz(Collection<Long> quizIds);

    record QuizCounts(Long quizId, long students, long submitted) {
    }
}
