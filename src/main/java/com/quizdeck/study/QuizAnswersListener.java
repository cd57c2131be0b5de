package com.quizdeck.study;

import com.quizdeck.quiz.AttemptSubmitted;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A submitted quiz attempt counts as reviews: each auto-graded answer reviews the student's card for that question
 * (wrong: Again, so that it is due again within ten minutes; right: Good). Runs after the quiz's transaction
 * commits, in its own; a failure here is logged and never undoes a submitted attempt.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class QuizAnswersListener {

    private final AnswerReviews answerReviews;

    // fallbackExecution: an event published outside a transaction is handled at once rather than dropped.
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AttemptSubmitted event) {
        var answers = event.answers().stream()
                .map(a -> new AnswerReview(a.questionId(), a.versionId(), a.fraction(), a.autoGraded(),
                        a.answeredAt(), false))
                .toList();
        try {
            int counted = answerReviews.record(ReviewSource.QUIZ, event.attemptId(), event.studentId(),
                    event.deckId(), answers);
            log.debug("Quiz attempt {}: {} answers counted as flashcard reviews", event.attemptId(), counted);
        } catch (RuntimeException e) {
            // The attempt is submitted whatever happens here; the student's flashcards just miss these reviews.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            log.error("Quiz attempt {} of student {}: answers not counted as flashcard reviews", event.attemptId(),
                    event.studentId(), e);
        }
    }
}
