package com.quizdeck.grading;

import com.quizdeck.content.OrderingQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * ordering, graded by the longest ordered subset (Moodle's "longest ordered subset" rule): the largest set of
 * items the student put in the same order relative to each other as the correct order, not necessarily next to
 * each other. Fraction = its size / n, or 0 when it is a single item (one item alone is "in order" in any
 * arrangement, so counting it would give 1/n for a fully reversed list and 1/2 for a swapped pair).
 *
 * <p>Why this rule: n minus that size is the fewest items that have to be moved to fix the order, so the grade
 * says "you had k items out of place", which is what a student means by "nearly right". One item put in the wrong
 * place costs exactly one item's credit wherever it went. The alternatives punish the same slip unevenly:
 * absolute position gives 0 for a list shifted by one ({@code E A B C D}), and "relative to the next item" charges
 * up to three adjacencies for a single swap in the middle ({@code A C B D E}) but one for moving the first item
 * to the end. Same name and numbers as in Moodle, so imported quizzes keep their grades.
 *
 * <p>One {@link PartGrade} per item, in the correct order: 1 for the items of the subset, 0 for those that have to
 * move (when several subsets are longest, the first found is used); the answer is the 1-based position where the
 * student put the item. The parts' fractions add up to the grade's fraction × n.
 */
final class OrderingGrader {

    private OrderingGrader() {
    }

    static Grade grade(OrderingQuestion q, OrderingResponse r) {
        int n = q.items().size();
        if (n == 0) {
            throw new IllegalArgumentException("ordering question '" + q.id() + "' has no items to grade");
        }
        var order = r.itemIndexes();
        if (order.size() != n || !new HashSet<>(order).equals(allIndexes(n))) {
            throw Grader.outside(q, "must place each of its " + n + " items once, by index 0.." + (n - 1)
                    + ", but gave " + order);
        }
        var inOrder = longestOrderedSubset(order);
        boolean counts = inOrder.size() > 1 || n == 1;
        var position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order.get(p)] = p;
        }
        var parts = new ArrayList<PartGrade>();
        for (int item = 0; item < n; item++) {
            boolean placed = counts && inOrder.contains(item);
            parts.add(PartGrade.of(item, q.items().get(item), Integer.toString(position[item] + 1), placed ? 1 : 0,
                    List.of()));
        }
        double fraction = counts ? (double) inOrder.size() / n : 0;
        return Grade.of(fraction, Feedback.withGeneral(q, List.of()), parts);
    }

    /**
     * The items of a longest increasing subsequence of the placed indexes (the correct order is 0, 1, 2...).
     * Quadratic, which is nothing for the lists a person can order.
     */
    static HashSet<Integer> longestOrderedSubset(List<Integer> order) {
        int n = order.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (order.get(j) < order.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (end < 0 || length[i] > length[end]) {
                end = i;
            }
        }
        var items = new HashSet<Integer>();
        for (int i = end; i >= 0; i = previous[i]) {
            items.add(order.get(i));
        }
        return items;
    }

    private static HashSet<Integer> allIndexes(int n) {
        var all = new HashSet<Integer>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }
}
