package com.quizdeck.support;

import com.quizdeck.study.AnswerReviewWriter;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each integration test, waits until the flashcard reviews its answers queued are written, so that they never
 * land in the middle of the next test (which shares the database). {@link #await} does the same inside a test that
 * reads the reviews right after an answer.
 */
public class AnswerReviewsWritten implements AfterEachCallback {

    /** Waits until every review queued so far is written; fails if that takes over 10 s. */
    public static void await(AnswerReviewWriter writer) {
        await(writer, Duration.ofSeconds(10));
    }

    private static void await(AnswerReviewWriter writer, Duration timeout) {
        try {
            if (!writer.awaitQueued(timeout)) {
                throw new AssertionError("Flashcard reviews still being written after " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        await(SpringExtension.getApplicationContext(context).getBean(AnswerReviewWriter.class), Duration.ofSeconds(30));
    }
}
