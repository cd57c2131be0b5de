package com.quizdeck.content;

import java.util.List;
import java.util.Objects;

/**
 * A deck of questions, the unit of a bank file.
 *
 * @param id          stable id (lowercase letters, digits, '-'), unique across banks
 * @param title       required
 * @param description optional Markdown
 * @param source      optional: where the content comes from
 * @param tags        never {@code null}
 * @param category    optional Moodle category path ({@code $course$/Unit 1}), kept so that a GIFT
 *                    import exports its {@code $CATEGORY:} line again
 * @param questions   never {@code null}
 */
public record Deck(String id, String title, String description, DeckSource source, List<String> tags,
        String category, List<Question> questions) {

    public Deck {
        Objects.requireNonNull(id, "id");
        tags = tags == null ? List.of() : List.copyOf(tags);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public static Deck of(String id, String title, List<Question> questions) {
        return new Deck(id, title, null, null, List.of(), null, questions);
    }

    public Deck withQuestions(List<Question> newQuestions) {
        return new Deck(id, title, description, source, tags, category, newQuestions);
    }
}
