package com.quizdeck.study;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts graded quiz and live answers as flashcard reviews on one background thread, each batch in its own
 * transaction.
 *
 * <p>Why not in the listener's thread: an after-commit listener runs while the answer's transaction still holds its
 * database connection, so a listener opening a transaction of its own needs a second connection. A class answering a
 * live question at once (or submitting a timed quiz together) then holds every connection of the pool while waiting
 * for another one, and answers stall for the pool's 30 s timeout. Here the answer's thread only queues the work and
 * returns its connection; the writer uses at most one connection, and serialises the reviews of a card.
 *
 * <p>A failure is logged and never touches the quiz or the game: the student's flashcards only miss those reviews.
 * On shutdown the queue is drained first (up to 30 s).
 */
@Component
@Slf4j
public class AnswerReviewWriter implements DisposableBean {

    private final AnswerReviews answerReviews;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("answer-reviews").daemon().factory());

    AnswerReviewWriter(AnswerReviews answerReviews, PlatformTransactionManager transactionManager) {
        this.answerReviews = answerReviews;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues the answers of one attempt or one live answer; returns at once. */
    void write(ReviewSource source, Long sourceId, Long studentId, Long deckId, List<AnswerReview> answers) {
        worker.execute(() -> {
            try {
                Integer counted = transactions.execute(
                        status -> answerReviews.record(source, sourceId, studentId, deckId, answers));
                log.debug("{} {}: {} answers of student {} counted as flashcard reviews", source, sourceId, counted,
                        studentId);
            } catch (RuntimeException e) {
                log.error("{} {}: answers of student {} not counted as flashcard reviews", source, sourceId,
                        studentId, e);
            }
        });
    }

    /**
     * Waits until everything queued before this call is written (the queue is first in, first out): for callers that
     * read the reviews right after an answer, such as the tests.
     *
     * @return whether it finished within the timeout
     */
    public boolean awaitQueued(Duration timeout) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException | RejectedExecutionException e) {
            return true; // an empty task cannot fail; a rejected one means the queue was shut down and drained
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Flashcard reviews still queued at shutdown were dropped");
            worker.shutdownNow();
        }
    }
}
