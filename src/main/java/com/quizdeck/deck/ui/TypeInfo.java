package com.quizdeck.deck.ui;

import com.quizdeck.content.QuestionType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** How the editor names and draws each question type. */
final class TypeInfo {

    private TypeInfo() {
    }

    static String label(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "Single choice";
            case MULTIPLE_RESPONSE -> "Multiple response";
            case TRUE_FALSE -> "True or false";
            case SHORT_ANSWER -> "Short answer";
            case NUMERIC -> "Numeric";
            case MATCHING -> "Matching";
            case ORDERING -> "Ordering";
            case CLOZE -> "Fill in the blanks";
            case FLASHCARD -> "Flashcard";
            case OPEN -> "Open answer";
        };
    }

    static String description(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "Pick one option; exactly one is right.";
            case MULTIPLE_RESPONSE -> "Pick several; weights give partial credit.";
            case TRUE_FALSE -> "A statement that is true or false.";
            case SHORT_ANSWER -> "Type a word or phrase; typos can be forgiven.";
            case NUMERIC -> "Type a number, with a tolerance or a range.";
            case MATCHING -> "Match each item to its answer.";
            case ORDERING -> "Put items in the right order.";
            case CLOZE -> "A sentence with blanks to fill in.";
            case FLASHCARD -> "Front and back; students rate themselves.";
            case OPEN -> "A free answer that you read and grade.";
        };
    }

    static VaadinIcon vaadinIcon(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> VaadinIcon.DOT_CIRCLE;
            case MULTIPLE_RESPONSE -> VaadinIcon.CHECK_SQUARE_O;
            case TRUE_FALSE -> VaadinIcon.ADJUST;
            case SHORT_ANSWER -> VaadinIcon.TEXT_INPUT;
            case NUMERIC -> VaadinIcon.HASH;
            case MATCHING -> VaadinIcon.CONNECT;
            case ORDERING -> VaadinIcon.LIST_OL;
            case CLOZE -> VaadinIcon.ELLIPSIS_H;
            case FLASHCARD -> VaadinIcon.RECORDS;
            case OPEN -> VaadinIcon.COMMENT_O;
        };
    }

    /** The type's icon, named for screen readers (the icon is the only place some lists show the type). */
    static Icon icon(QuestionType type) {
        var icon = vaadinIcon(type).create();
        icon.addClassName("qd-editor-type-icon");
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", label(type));
        icon.getElement().setAttribute("title", label(type));
        return icon;
    }
}
