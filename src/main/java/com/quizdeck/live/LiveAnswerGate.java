package com.quizdeck.live;

import java.util.concurrent.atomic.AtomicInteger;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets answers being stored finish when the application stops. It closes after the web server's graceful
 * shutdown (which already waits for the requests that carry answers) and before the database pool closes:
 * from then on a new answer is refused as {@code STOPPING} (the phone sends it again, to a running node),
 * and the stop waits, up to {@link #MAX_WAIT_MS}, until every answer already inside has been committed.
 */
@Component
@Slf4j
class LiveAnswerGate implements SmartLifecycle {

    static final long MAX_WAIT_MS = 15_000;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean open = true;
    private volatile boolean running;

    /** False when the application is stopping: refuse the answer. */
    boolean enter() {
        inFlight.incrementAndGet();
        if (!open) {
            leave();
            return false;
        }
        return true;
    }

    void leave() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    boolean accepting() {
        return open;
    }

    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void start() {
        open = true;
        running = true;
    }

    @Override
    public void stop() {
        open = false;
        long until = System.currentTimeMillis() + MAX_WAIT_MS;
        synchronized (this) {
            while (inFlight.get() > 0 && System.currentTimeMillis() < until) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (inFlight.get() > 0) {
            log.warn("Live: stopping with {} answers still being stored", inFlight.get());
        } else {
            log.info("Live: every answer in flight is stored; stopping");
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server's graceful shutdown (a higher phase stops first), before the pool closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
