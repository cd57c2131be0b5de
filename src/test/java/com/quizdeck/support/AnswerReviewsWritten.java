package com.quizdeck.support;

import com.quizdeck.study.AnswerReviewWriter;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each integration test, waits until the flashcard reviews its answers queued are written, so that they never
 * land in the middle of the next test (which shares the database).
 */
class AnswerReviewsWritten implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        var writer = SpringExtension.getApplicationContext(context).getBean(AnswerReviewWriter.class);
        if (!writer.awaitQueued(Duration.ofSeconds(30))) {
            throw new IllegalStateException("Flashcard reviews still being written 30 s after the test");
        }
    }
}
