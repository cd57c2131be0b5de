package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import com.quizdeck.content.DeckRules;
import java.util.List;

/** Runs the content rules on a freshly read deck and reports each finding at its source line. */
final class ContentRules {

    private ContentRules() {
    }

    /**
     * @param brokenPaths fields the reader already complained about; rule findings about them or
     *                    their parts would only repeat the complaint, so they are left out
     */
    static void report(Deck deck, SourcePositions positions, List<String> brokenPaths, Problems problems) {
        for (var violation : DeckRules.check(deck)) {
            boolean alreadyReported = brokenPaths.stream().anyMatch(broken -> SourcePositions.related(broken, violation.path()));
            if (!alreadyReported) {
                problems.add(positions.find(violation.path()), violation.message());
            }
        }
    }
}
