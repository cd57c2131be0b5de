package com.quizdeck.dashboard.stats;

import org.jspecify.annotations.Nullable;

/**
 * One question slot of the quiz.
 *
 * @param slot             the slot number shown to teachers (1, 2, ...)
 * @param maxMark          the maximum mark of the slot; must not be negative
 * @param randomGuessScore the fraction (0..1) a student would expect by guessing, or {@code null} where it cannot be
 *                         estimated; see {@link RandomGuessScores}
 */
public record QuizSlot(int slot, double maxMark, @Nullable Double randomGuessScore) {

    public QuizSlot {
        if (!(maxMark >= 0.0) || Double.isInfinite(maxMark)) {
            throw new IllegalArgumentException("maxMark must be a finite non-negative number: " + maxMark);
        }
    }

    /** A slot without a random guess score. */
    public static QuizSlot of(int slot, double maxMark) {
        return new QuizSlot(slot, maxMark, null);
    }
}
