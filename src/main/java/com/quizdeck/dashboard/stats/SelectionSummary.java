package com.quizdeck.dashboard.stats;

import org.jspecify.annotations.Nullable;

/**
 * Number of attempts and their mean total mark under one {@link WhichAttempts} choice.
 *
 * @param attemptCount how many attempts count
 * @param meanMark     mean total mark in marks, {@code null} when there are no attempts
 */
public record SelectionSummary(int attemptCount, @Nullable Double meanMark) {
}
