package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import com.quizdeck.content.DeckRules;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs the content rules on a freshly read deck and reports each finding at its source line. */
final class ContentRules {

    private ContentRules() {
    }

    /**
     * @param brokenPaths fields the reader already complained about; rule findings about them or
     *                    their parts would only repeat the complaint, so they are left out
     */
    static void report(Deck deck, SourcePositions positions, List<String> brokenPaths, Problems problems) {
        report(deck, positions, brokenPaths, problems, UnaryOperator.identity());
    }

    /**
     * @param toSourcePath turns a path of the deck into the path the reader recorded, for readers
     *                     whose deck leaves out questions that failed to read
     */
    static void report(Deck deck, SourcePositions positions, List<String> brokenPaths, Problems problems,
            UnaryOperator<String> toSourcePath) {
        for (var violation : DeckRules.check(deck)) {
            var path = toSourcePath.apply(violation.path());
            boolean alreadyReported = brokenPaths.stream().anyMatch(broken -> SourcePositions.related(broken, path));
            if (!alreadyReported) {
                problems.add(positions.find(path), violation.message());
            }
        }
    }
}
