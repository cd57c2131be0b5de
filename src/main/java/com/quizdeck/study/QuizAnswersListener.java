package com.quizdeck.study;

import com.quizdeck.quiz.AttemptSubmitted;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A submitted quiz attempt counts as reviews: each auto-graded answer reviews the student's card for that question
 * (wrong: Again, so that it is due again within ten minutes; right: Good). Written by {@link AnswerReviewWriter}
 * after the quiz's transaction commits; a failure there is logged and never undoes a submitted attempt.
 */
@Component
@RequiredArgsConstructor
class QuizAnswersListener {

    private final AnswerReviewWriter writer;

    // fallbackExecution: an event published outside a transaction is handled at once rather than dropped.
    @TransactionalEventListener(fallbackExecution = true)
    public void on(AttemptSubmitted event) {
        var answers = event.answers().stream()
                .map(a -> new AnswerReview(a.questionId(), a.versionId(), a.fraction(), a.autoGraded(),
                        a.answeredAt(), false))
                .toList();
        writer.write(ReviewSource.QUIZ, event.attemptId(), event.studentId(), event.deckId(), answers);
    }
}
