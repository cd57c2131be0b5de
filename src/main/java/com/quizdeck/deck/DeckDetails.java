package com.quizdeck.deck;

import com.quizdeck.content.DeckSource;
import java.util.List;

/**
 * What the deck page edits besides questions.
 *
 * @param description optional Markdown, rendered through the sanitiser
 * @param source      optional: the article the deck is built from (title, author, date, address)
 * @param tags        never {@code null}
 */
public record DeckDetails(String title, String description, DeckSource source, List<String> tags) {

    public DeckDetails {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
