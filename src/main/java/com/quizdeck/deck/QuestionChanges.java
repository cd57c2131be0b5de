package com.quizdeck.deck;

import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a question, as names of the editor's parts ("prompt", "options"); the
 * screens show each as the text {@code deck.history.part.<name>}.
 */
final class QuestionChanges {

    private QuestionChanges() {
    }

    static List<String> between(Question before, Question after) {
        if (before == null) {
            return List.of();
        }
        var changes = new ArrayList<String>();
        var a = before.header();
        var b = after.header();
        if (before.type() != after.type()) {
            changes.add("type");
        }
        add(changes, "name", a.title(), b.title());
        add(changes, "format", a.format(), b.format());
        add(changes, "prompt", a.prompt(), b.prompt());
        if (before.type() == after.type() && !before.withHeader(a).equals(after.withHeader(a))) {
            changes.add(bodyLabel(after.type()));
        }
        add(changes, "explanation", a.explanation(), b.explanation());
        add(changes, "source", a.source(), b.source());
        add(changes, "tags", a.tags(), b.tags());
        add(changes, "general-feedback", a.generalFeedback(), b.generalFeedback());
        return changes;
    }

    private static void add(List<String> changes, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(label);
        }
    }

    static String bodyLabel(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "options";
            case TRUE_FALSE -> "answer-or-feedback";
            case SHORT_ANSWER -> "accepted-answers";
            case NUMERIC -> "accepted-numbers";
            case MATCHING -> "pairs";
            case ORDERING -> "items";
            case CLOZE -> "text-and-blanks";
            case FLASHCARD -> "front-or-back";
            case OPEN -> "guidance";
        };
    }
}
