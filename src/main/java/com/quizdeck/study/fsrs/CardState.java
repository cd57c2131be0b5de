package com.quizdeck.study.fsrs;

/**
 * Where a card is in its life. A new card is {@link #LEARNING} at step 0 without stability; there is no
 * separate "new" state, as in py-fsrs. The values match py-fsrs's {@code State} so stored data stays comparable.
 */
public enum CardState {
    LEARNING(1),
    REVIEW(2),
    RELEARNING(3);

    private final int value;

    CardState(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
