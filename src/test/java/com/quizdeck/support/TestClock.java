package com.quizdeck.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests (it replaces the real one as the primary {@link Clock} bean): the system clock
 * until a test freezes it, then a clock that moves only when told. Tests that freeze it call {@link #reset()} when
 * done, so that the shared context goes back to real time.
 */
@Component
@Primary
public class TestClock extends Clock {

    private volatile Instant frozen;

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
        return at != null ? at : Instant.now();
    }

    /** Stops time at {@code at}. */
    public void freeze(Instant at) {
        frozen = at;
    }

    /** Stops time now, at a whole second; returns that instant. */
    public Instant freeze() {
        var now = Instant.now().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        frozen = now;
        return now;
    }

    /** Moves frozen time forward. */
    public Instant advance(Duration by) {
        if (frozen == null) {
            throw new IllegalStateException("freeze the clock before advancing it");
        }
        frozen = frozen.plus(by);
        return frozen;
    }

    /** Back to the system clock. */
    public void reset() {
        frozen = null;
    }
}
