package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import java.util.List;

/**
 * What an uploaded file would import, shown before anything is written. Confirming imports exactly
 * these decks (the parsed objects, not a second reading of the file).
 *
 * @param plans one per deck: its id after conflicts are resolved, and whether it creates or updates
 */
public record ImportPreview(String fileName, BankFormat format, List<DeckPlan> plans, List<BankProblem> problems) {

    public ImportPreview {
        plans = List.copyOf(plans);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !plans.isEmpty();
    }

    public int questionCount() {
        return plans.stream().mapToInt(p -> p.deck().questions().size()).sum();
    }

    /** A deck to import; {@code updatesExisting} when it brings the caller's deck with that id up to date. */
    public record DeckPlan(Deck deck, boolean updatesExisting) {
    }
}
