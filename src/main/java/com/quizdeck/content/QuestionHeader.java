package com.quizdeck.content;

import java.util.List;
import java.util.Objects;

/**
 * What every question has, whatever its type.
 *
 * @param id              stable id, unique within the deck
 * @param title           optional display name (GIFT's {@code ::name::}); the id is derived from it on import
 * @param format          how the prompt is written; the default for the question's other texts
 * @param prompt          the question itself; {@code null} for flashcards and optional for cloze
 * @param explanation     optional, in our own words, shown after answering and on the flashcard back
 * @param source          optional verbatim passage that supports the answer
 * @param tags            never {@code null}
 * @param generalFeedback optional feedback shown to everybody after answering (GIFT's {@code ####})
 */
public record QuestionHeader(
        String id,
        String title,
        TextFormat format,
        String prompt,
        String explanation,
        String source,
        List<String> tags,
        String generalFeedback) {

    public QuestionHeader {
        Objects.requireNonNull(id, "id");
        format = format == null ? TextFormat.MARKDOWN : format;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A Markdown question with only an id and a prompt. */
    public static QuestionHeader of(String id, String prompt) {
        return new QuestionHeader(id, null, TextFormat.MARKDOWN, prompt, null, null, List.of(), null);
    }

    public QuestionHeader withId(String newId) {
        return new QuestionHeader(newId, title, format, prompt, explanation, source, tags, generalFeedback);
    }

    public QuestionHeader withTitle(String newTitle) {
        return new QuestionHeader(id, newTitle, format, prompt, explanation, source, tags, generalFeedback);
    }

    public QuestionHeader withFormat(TextFormat newFormat) {
        return new QuestionHeader(id, title, newFormat, prompt, explanation, source, tags, generalFeedback);
    }

    public QuestionHeader withPrompt(String newPrompt) {
        return new QuestionHeader(id, title, format, newPrompt, explanation, source, tags, generalFeedback);
    }

    public QuestionHeader withExplanation(String newExplanation) {
        return new QuestionHeader(id, title, format, prompt, newExplanation, source, tags, generalFeedback);
    }

    public QuestionHeader withSource(String newSource) {
        return new QuestionHeader(id, title, format, prompt, explanation, newSource, tags, generalFeedback);
    }

    public QuestionHeader withTags(List<String> newTags) {
        return new QuestionHeader(id, title, format, prompt, explanation, source, newTags, generalFeedback);
    }

    public QuestionHeader withGeneralFeedback(String newGeneralFeedback) {
        return new QuestionHeader(id, title, format, prompt, explanation, source, tags, newGeneralFeedback);
    }
}
