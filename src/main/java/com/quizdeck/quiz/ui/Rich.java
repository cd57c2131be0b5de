package com.quizdeck.quiz.ui;

import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.TextFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Question texts on the page. Every text goes through the content model's sanitiser
 * ({@code TextFormat.toSafeHtml...}, jsoup with a safelist) before it becomes HTML.
 */
final class Rich {

    private Rich() {
    }

    /** A block of sanitised HTML. */
    static Div block(String safeHtml, String className) {
        var div = new Div();
        div.getElement().setProperty("innerHTML", safeHtml == null ? "" : safeHtml);
        div.addClassName(className);
        return div;
    }

    /** Sanitised HTML inside a line (an option, a blank's neighbours): one paragraph loses its {@code <p>}. */
    static Span inline(String safeHtml) {
        var span = new Span();
        span.getElement().setProperty("innerHTML", unwrapParagraph(safeHtml));
        span.addClassName("qd-rich-inline");
        return span;
    }

    static String unwrapParagraph(String html) {
        if (html == null) {
            return "";
        }
        var h = html.strip();
        if (h.startsWith("<p>") && h.endsWith("</p>") && h.indexOf("<p>", 3) < 0) {
            return h.substring(3, h.length() - 4);
        }
        return h;
    }

    /** One of a question's own texts (an option, a pair's left side), honouring a leading format marker. */
    static String text(Question q, String text) {
        return q.format().toSafeHtmlHonouringMarker(text);
    }

    /** What the student reads first: the prompt, or a flashcard's front. */
    static String prompt(Question q) {
        if (q instanceof FlashcardQuestion f) {
            return q.format().toSafeHtml(f.front());
        }
        return q.format().toSafeHtml(q.prompt());
    }

    /** Plain text of a question text, for labels and menus that cannot hold markup. */
    static String plain(Question q, String text) {
        return TextFormat.PLAIN.convertFrom(TextFormat.split(text, q.format()).format(), TextFormat.split(text, q.format()).text());
    }

    /** What to do, in a few words, for each type. */
    static String hint(QuestionType type) {
        return com.vaadin.flow.i18n.I18NProvider.translate(hintKey(type));
    }

    private static String hintKey(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "quiz.hint.single";
            case MULTIPLE_RESPONSE -> "quiz.hint.multiple";
            case TRUE_FALSE -> "quiz.hint.true-false";
            case SHORT_ANSWER -> "quiz.hint.short";
            case NUMERIC -> "quiz.hint.numeric";
            case MATCHING -> "quiz.hint.matching";
            case ORDERING -> "quiz.hint.ordering";
            case CLOZE -> "quiz.hint.cloze";
            case FLASHCARD -> "quiz.hint.flashcard";
            case OPEN -> "quiz.hint.open";
        };
    }
}
