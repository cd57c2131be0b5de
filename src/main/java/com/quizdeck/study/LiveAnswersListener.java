package com.quizdeck.study;

import com.quizdeck.live.LiveAnswerGraded;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A student's answer in a live game counts as a review of their card for that question, as quiz
 * answers do (wrong: Again; right: Good; right within {@link #FAST} counts as fast, which makes it
 * Easy for a card already learnt). Guests have no cards. After the game's transaction commits, in its
 * own; a failure is logged and never touches the game.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class LiveAnswersListener {

    /** Right within five seconds: the player knew it without thinking it over. */
    static final Duration FAST = Duration.ofSeconds(5);

    private final AnswerReviews answerReviews;

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(LiveAnswerGraded event) {
        if (event.studentId() == null) {
            return;
        }
        boolean fast = event.fraction() >= 1.0 && event.answerMillis() <= FAST.toMillis();
        var review = new AnswerReview(event.questionId(), event.versionId(), event.fraction(), true,
                event.answeredAt(), fast);
        try {
            answerReviews.record(ReviewSource.LIVE, event.sessionId(), event.studentId(), event.deckId(), List.of(review));
        } catch (RuntimeException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            log.error("Live session {}: answer of student {} not counted as a flashcard review", event.sessionId(),
                    event.studentId(), e);
        }
    }
}
