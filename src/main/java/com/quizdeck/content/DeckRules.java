package com.quizdeck.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** The rules for a whole deck: its own fields, unique question ids, and every question's rules. */
public final class DeckRules {

    private DeckRules() {
    }

    /** Every rule the deck breaks; paths as in the native format ({@code deck.id}, {@code questions[3].id}). */
    public static List<RuleViolation> check(Deck deck) {
        var violations = new ArrayList<RuleViolation>();
        if (!Ids.isValidDeckId(deck.id())) {
            violations.add(new RuleViolation("deck.id", "deck id '" + deck.id()
                    + "' may only use lowercase letters, digits and '-' (at most " + Ids.MAX_LENGTH + " characters)"));
        }
        if (deck.title() == null || deck.title().isBlank()) {
            violations.add(new RuleViolation("deck.title", "deck needs a title"));
        }
        if (deck.questions().isEmpty()) {
            violations.add(new RuleViolation("questions", "deck has no questions"));
        }
        var firstIndexOfId = new HashMap<String, Integer>();
        for (int i = 0; i < deck.questions().size(); i++) {
            var question = deck.questions().get(i);
            var prefix = "questions[" + i + "]";
            var earlier = firstIndexOfId.putIfAbsent(question.id(), i);
            if (earlier != null) {
                violations.add(new RuleViolation(prefix + ".id", "duplicate question id '" + question.id()
                        + "' (also question " + (earlier + 1) + ")"));
            }
            for (var violation : QuestionRules.check(question)) {
                violations.add(violation.under(prefix));
            }
        }
        return violations;
    }
}
