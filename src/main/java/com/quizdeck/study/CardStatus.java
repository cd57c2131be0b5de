package com.quizdeck.study;

import com.quizdeck.study.fsrs.CardState;

/**
 * Where a student's card is in its life. FSRS itself has no "new" state (a new card is learning at step 0 without
 * stability); the study module keeps {@link #NEW} apart because new cards are introduced in deck order under a
 * daily limit, while the others come back by their due time.
 */
public enum CardStatus {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    /** The status of a reviewed card in the given FSRS state. */
    static CardStatus of(CardState state) {
        return switch (state) {
            case LEARNING -> LEARNING;
            case REVIEW -> REVIEW;
            case RELEARNING -> RELEARNING;
        };
    }

    /** Learning or relearning: short steps within a day. */
    public boolean isLearning() {
        return this == LEARNING || this == RELEARNING;
    }
}
