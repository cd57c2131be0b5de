package com.quizdeck.deck.ui;

import com.quizdeck.content.QuestionType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** How the editor names and draws each question type. */
final class TypeInfo {

    private TypeInfo() {
    }

    /** The type's name in the reader's language. */
    static String label(QuestionType type) {
        return com.vaadin.flow.i18n.I18NProvider.translate(labelKey(type));
    }

    private static String labelKey(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "deck.type.single";
            case MULTIPLE_RESPONSE -> "deck.type.multiple";
            case TRUE_FALSE -> "deck.type.true-false";
            case SHORT_ANSWER -> "deck.type.short";
            case NUMERIC -> "deck.type.numeric";
            case MATCHING -> "deck.type.matching";
            case ORDERING -> "deck.type.ordering";
            case CLOZE -> "deck.type.cloze";
            case FLASHCARD -> "deck.type.flashcard";
            case OPEN -> "deck.type.open";
        };
    }

    /** What the type is for, in a line. */
    static String description(QuestionType type) {
        return com.vaadin.flow.i18n.I18NProvider.translate(descriptionKey(type));
    }

    private static String descriptionKey(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "deck.type.single.about";
            case MULTIPLE_RESPONSE -> "deck.type.multiple.about";
            case TRUE_FALSE -> "deck.type.true-false.about";
            case SHORT_ANSWER -> "deck.type.short.about";
            case NUMERIC -> "deck.type.numeric.about";
            case MATCHING -> "deck.type.matching.about";
            case ORDERING -> "deck.type.ordering.about";
            case CLOZE -> "deck.type.cloze.about";
            case FLASHCARD -> "deck.type.flashcard.about";
            case OPEN -> "deck.type.open.about";
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
