package com.quizdeck.deck.ui;

import com.quizdeck.content.SafeHtml;
import com.quizdeck.content.TextFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The one way this package puts user text into HTML: always through the content sanitiser. */
final class HtmlText {

    private HtmlText() {
    }

    /** A block showing {@code text} written in {@code format}, sanitised. */
    static Div block(TextFormat format, String text) {
        var div = new Div();
        set(div, format.toSafeHtmlHonouringMarker(text));
        return div;
    }

    /** An inline piece (an option, a matching item), sanitised; a single paragraph loses its p. */
    static Span inline(TextFormat format, String text) {
        var span = new Span();
        var html = format.toSafeHtmlHonouringMarker(text);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        set(span, html);
        return span;
    }

    /** Sets already sanitised HTML. */
    static void set(com.vaadin.flow.component.Component component, String sanitisedHtml) {
        component.getElement().setProperty("innerHTML", sanitisedHtml);
    }

    /** Plain one-line text of a question text, for lists: markup removed, shortened. */
    static String plain(TextFormat format, String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var plain = SafeHtml.toPlainText(format.toSafeHtmlHonouringMarker(text)).replaceAll("\\s+", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1).strip() + "\u2026";
    }
}
