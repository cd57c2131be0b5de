package com.quizdeck.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests (it replaces the real one as the primary {@link Clock} bean). By
 * default the system clock; a test may move it forward by an offset (deadlines, close dates) or
 * freeze it and move it step by step (scheduling). Tests that touch it call {@link #reset()} when
 * done, so that the shared context goes back to real time.
 */
@Component
@Primary
public class TestClock extends Clock {

    private volatile Instant frozen;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        var at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }

    /** Stops time at {@code at}. */
    public void freeze(Instant at) {
        frozen = at;
    }

    /** Stops time now, at a whole second; returns that instant. */
    public Instant freeze() {
        var now = Instant.now().plus(offset).with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        frozen = now;
        return now;
    }

    /** Moves time forward: frozen time by that much, or running time by a growing offset. */
    public Instant advance(Duration by) {
        if (frozen != null) {
            frozen = frozen.plus(by);
        } else {
            offset = offset.plus(by);
        }
        return instant();
    }

    /** Back to the system clock. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }
}
