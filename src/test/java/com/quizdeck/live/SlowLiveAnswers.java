package com.quizdeck.live;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Holds the answers of one game inside their transaction until released (a slow database, on purpose). */
@Component
public class SlowLiveAnswers {
    private volatile Long sessionId;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    final CountDownLatch entered = new CountDownLatch(1);

    void holdAnswersOf(Long id) {
        gate = new CountDownLatch(1);
        sessionId = id;
    }

    void release() {
        sessionId = null;
        gate.countDown();
    }

    @EventListener
    void on(LiveAnswerGraded event) throws InterruptedException {
        if (event.sessionId().equals(sessionId)) {
            entered.countDown();
            gate.await(20, TimeUnit.SECONDS);
        }
    }
}
