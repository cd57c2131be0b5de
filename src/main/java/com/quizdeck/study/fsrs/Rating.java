package com.quizdeck.study.fsrs;

/** How well the learner recalled a card. The numeric values are FSRS's grades G, used in its formulas. */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The grade G (1 to 4) that the FSRS formulas use. */
    public int value() {
        return value;
    }

    /** The rating with grade {@code value}; throws {@link IllegalArgumentException} outside 1 to 4. */
    public static Rating of(int value) {
        for (Rating rating : values()) {
            if (rating.value == value) {
                return rating;
            }
        }
        throw new IllegalArgumentException("rating must be 1 to 4, got " + value);
    }
}
