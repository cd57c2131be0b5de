package com.quizdeck.quiz;

import java.time.Instant;
import java.util.Map;

/**
 * A cheap look at an attempt, for a page to notice what another tab (or the deadline) changed.
 *
 * @param versions the version of each question's answer row, by position
 */
public record AttemptSync(AttemptState state, Instant deadline, Instant serverNow, Map<Integer, Long> versions) {

    public AttemptSync {
        versions = Map.copyOf(versions);
    }
}
