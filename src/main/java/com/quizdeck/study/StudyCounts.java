package com.quizdeck.study;

/**
 * What there is to study now.
 *
 * @param newCards new cards that may still be started today (within the daily limit)
 * @param learning learning and relearning cards due now
 * @param due      review cards due now
 */
public record StudyCounts(int newCards, int learning, int due) {

    public static final StudyCounts NONE = new StudyCounts(0, 0, 0);

    public int total() {
        return newCards + learning + due;
    }

    public StudyCounts plus(StudyCounts other) {
        return new StudyCounts(newCards + other.newCards, learning + other.learning, due + other.due);
    }
}
