package com.quizdeck.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * How a question was laid out for one attempt, fixed at its start. Each order lists indexes of the
 * question's own lists in the order shown; answers are always stored and graded by those original
 * indexes, never by the position on screen.
 *
 * <ul>
 * <li>single and multiple choice: {@code orders[0]} is the order of {@code options()};</li>
 * <li>matching: {@code orders[0]} is the order of the menu ({@link MatchingMenu#of});</li>
 * <li>ordering: {@code orders[0]} is the order the items start in;</li>
 * <li>cloze: {@code orders[i]} is the order of choice blank i's options, empty for typed blanks;</li>
 * <li>other types: no orders.</li>
 * </ul>
 */
public record Shuffle(List<List<Integer>> orders) {

    public static final Shuffle NONE = new Shuffle(List.of());

    public Shuffle {
        var copy = new ArrayList<List<Integer>>();
        orders.forEach(o -> copy.add(List.copyOf(o)));
        orders = List.copyOf(copy);
    }

    public static Shuffle of(List<Integer> order) {
        return new Shuffle(List.of(order));
    }

    /** The order of part {@code i}; the identity of {@code size} when none was recorded. */
    public List<Integer> order(int i, int size) {
        if (i < orders.size() && orders.get(i).size() == size) {
            return orders.get(i);
        }
        var identity = new ArrayList<Integer>(size);
        for (int k = 0; k < size; k++) {
            identity.add(k);
        }
        return identity;
    }
}
