package com.quizdeck.deck;

import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of a question, in the editor's words ("Prompt", "Options"). */
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
            changes.add("Type");
        }
        add(changes, "Name", a.title(), b.title());
        add(changes, "Format", a.format(), b.format());
        add(changes, "Prompt", a.prompt(), b.prompt());
        if (before.type() == after.type() && !before.withHeader(a).equals(after.withHeader(a))) {
            changes.add(bodyLabel(after.type()));
        }
        add(changes, "Explanation", a.explanation(), b.explanation());
        add(changes, "Source passage", a.source(), b.source());
        add(changes, "Tags", a.tags(), b.tags());
        add(changes, "General feedback", a.generalFeedback(), b.generalFeedback());
        return changes;
    }

    private static void add(List<String> changes, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(label);
        }
    }

    static String bodyLabel(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "Options";
            case TRUE_FALSE -> "Answer or feedback";
            case SHORT_ANSWER -> "Accepted answers";
            case NUMERIC -> "Accepted numbers";
            case MATCHING -> "Pairs";
            case ORDERING -> "Items";
            case CLOZE -> "Text and blanks";
            case FLASHCARD -> "Front or back";
            case OPEN -> "Guidance";
        };
    }
}
