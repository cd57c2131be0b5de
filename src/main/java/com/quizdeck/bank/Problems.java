package com.quizdeck.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file. Capped, so that a file of garbage produces a readable list
 * rather than a million lines.
 */
final class Problems {

    static final int MAX = 200;

    private final String file;
    private final List<BankProblem> list = new ArrayList<>();
    private boolean truncated;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, int column, String message) {
        if (list.size() < MAX) {
            list.add(new BankProblem(file, Math.max(1, line), Math.max(1, column), message));
        } else {
            truncated = true;
        }
    }

    void add(SourcePosition at, String message) {
        add(at.line(), at.column(), message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in file order, plus a note when some were left out. */
    List<BankProblem> sorted() {
        var sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(BankProblem::line).thenComparingInt(BankProblem::column));
        if (truncated) {
            var last = sorted.getLast();
            sorted.add(new BankProblem(file, last.line(), last.column(),
                    "too many problems; only the first " + MAX + " are shown"));
        }
        return sorted;
    }
}
