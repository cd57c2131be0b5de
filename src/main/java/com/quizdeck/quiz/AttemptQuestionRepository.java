package com.quizdeck.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptQuestionRepository extends JpaRepository<AttemptQuestion, Long> {

    List<AttemptQuestion> findByAttemptIdOrderByPosition(Long attemptId);

    Optional<AttemptQuestion> findByAttemptIdAndPosition(Long attemptId, int position);

    /** A flag is a note to oneself, not an answer: changing it must not make another tab's answer stale. */
    @Modifying
    @Query("update AttemptQuestion q set q.flagged = :flagged where q.attemptId = :attemptId and q.position = :position")
    int setFlag(Long attemptId, int position, boolean flagged);

    @Query("select new com.quizdeck.quiz.AttemptQuestionRepository$AnswerVersion(q.position, q.version) "
            + "from AttemptQuestion q where q.attemptId = :attemptId")
    List<AnswerVersion> versions(Long attemptId);

    record AnswerVersion(int position, long version) {
    }
}
