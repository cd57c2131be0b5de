package com.quizdeck.quiz;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.deck.QuestionRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Which questions an attempt gets, in which order, and how each is shuffled. Decided once, at the start. */
final class Layouts {

    private Layouts() {
    }

    /**
     * All questions, or {@code count} of them drawn at random; in deck order unless {@code shuffle}.
     */
    static List<QuestionRef> select(List<QuestionRef> deckOrder, Integer count, boolean shuffle, RandomGenerator random) {
        var chosen = new ArrayList<>(deckOrder);
        if (count != null && count < chosen.size()) {
            var indexes = new ArrayList<Integer>();
            for (int i = 0; i < deckOrder.size(); i++) {
                indexes.add(i);
            }
            shuffle(indexes, random);
            var kept = indexes.subList(0, count).stream().sorted().toList();
            chosen = new ArrayList<>(kept.stream().map(deckOrder::get).toList());
        }
        if (shuffle) {
            shuffle(chosen, random);
        }
        return chosen;
    }

    /**
     * The layout of one question. Choice options move only when the quiz and the question both
     * allow it (as in Moodle). A matching menu and an ordering question's items are always shuffled,
     * and never left in their stored order: that order is the answer.
     */
    static Shuffle shuffleFor(Question question, boolean shuffleOptions, RandomGenerator random) {
        return switch (question) {
            case SingleChoiceQuestion q -> shuffleOptions && q.shuffle()
                    ? Shuffle.of(permutation(q.options().size(), false, random)) : Shuffle.NONE;
            case MultipleResponseQuestion q -> shuffleOptions && q.shuffle()
                    ? Shuffle.of(permutation(q.options().size(), false, random)) : Shuffle.NONE;
            case MatchingQuestion q -> Shuffle.of(permutation(MatchingMenu.of(q).size(), true, random));
            case OrderingQuestion q -> Shuffle.of(permutation(q.items().size(), true, random));
            case ClozeQuestion q -> {
                var orders = new ArrayList<List<Integer>>();
                for (var blank : q.blanks()) {
                    orders.add(blank instanceof ChoiceBlank c && shuffleOptions
                            ? permutation(c.options().size(), false, random) : List.of());
                }
                yield new Shuffle(orders);
            }
            default -> Shuffle.NONE;
        };
    }

    /** A random order of 0..n-1; with {@code notIdentity}, never 0, 1, 2... itself (for n > 1). */
    static List<Integer> permutation(int n, boolean notIdentity, RandomGenerator random) {
        var list = new ArrayList<Integer>(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        if (n < 2) {
            return list;
        }
        do {
            shuffle(list, random);
        } while (notIdentity && isIdentity(list));
        return list;
    }

    private static boolean isIdentity(List<Integer> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    /** Fisher–Yates with the given generator (Collections.shuffle wants a java.util.Random). */
    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
