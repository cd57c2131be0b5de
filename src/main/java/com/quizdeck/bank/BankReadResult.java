package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import java.util.List;

/**
 * What reading a bank file gave: its decks, or every problem found. Never both: a file with any
 * problem yields no decks, so nothing half-valid is ever imported.
 */
public record BankReadResult(List<Deck> decks, List<BankProblem> problems) {

    public BankReadResult {
        problems = List.copyOf(problems);
        decks = problems.isEmpty() ? List.copyOf(decks) : List.of();
    }

    static BankReadResult failed(List<BankProblem> problems) {
        return new BankReadResult(List.of(), problems);
    }

    static BankReadResult failed(BankProblem problem) {
        return failed(List.of(problem));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public int questionCount() {
        return decks.stream().mapToInt(deck -> deck.questions().size()).sum();
    }
}
