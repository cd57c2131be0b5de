package com.quizdeck.study.ui;

import com.quizdeck.content.Choice;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.SafeHtml;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A question as the two faces of a flashcard. Every text from a deck goes through the content module's sanitiser
 * ({@code FlashcardFace.frontHtml()}, {@code TextFormat.toSafeHtml...}) or {@code setText}; nothing reaches the page
 * unsanitised.
 */
final class CardFaces {

    private CardFaces() {
    }

    /** What kind of question, in words, for the small label above the prompt. */
    static String typeLabel(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.single");
            case MULTIPLE_RESPONSE -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.multiple");
            case TRUE_FALSE -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.true-false");
            case SHORT_ANSWER -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.short");
            case NUMERIC -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.numeric");
            case MATCHING -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.matching");
            case ORDERING -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.ordering");
            case CLOZE -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.cloze");
            case FLASHCARD -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.flashcard");
            case OPEN -> com.vaadin.flow.i18n.I18NProvider.translate("study.type.open");
        };
    }

    /**
     * The front: the prompt, and for choice questions their options (for matching and ordering the items), shuffled
     * the same way for the same {@code seed} so that a repaint does not reorder them.
     */
    static Component front(Question question, long seed) {
        var box = new Div();
        box.addClassName("qd-face-text");
        box.add(html(question.flashcardFace().frontHtml()));
        var format = question.format();
        switch (question) {
            case SingleChoiceQuestion q -> box.add(options(format, q.options(), q.shuffle(), seed));
            case MultipleResponseQuestion q -> box.add(options(format, q.options(), q.shuffle(), seed));
            case MatchingQuestion q -> box.add(matching(format, q, seed));
            case OrderingQuestion q -> box.add(ordering(format, q, seed));
            default -> {
                // The prompt says it all.
            }
        }
        return box;
    }

    /** The back: the correct answer and the explanation, then the source passage that supports it. */
    static Component back(Question question) {
        var box = new Div();
        box.addClassName("qd-face-text");
        box.add(html(backHtml(question)));
        if (question.source() != null && !question.source().isBlank()) {
            var label = new Span(com.vaadin.flow.i18n.I18NProvider.translate("study.source"));
            label.addClassName("qd-source-label");
            var quote = new Div();
            quote.getElement().setText(question.source());
            quote.addClassName("qd-source");
            var blockquote = new Div(label, quote);
            blockquote.getElement().setAttribute("role", "note");
            blockquote.addClassName("qd-source-box");
            box.add(blockquote);
        }
        return box;
    }

    /**
     * The content module's back, except that a short answer's accepted patterns with Moodle's {@code *} wildcard
     * ("*Strategic Partnership*") are left out when a plain answer is there to show: a student reads the answer,
     * not the matching rule.
     */
    private static String backHtml(Question question) {
        if (question instanceof ShortAnswerQuestion q) {
            var accepted = q.answers().stream().filter(a -> a.weight() == 100).map(TextAnswer::text).toList();
            var plain = accepted.stream().filter(text -> !text.contains("*")).toList();
            if (!plain.isEmpty() && plain.size() < accepted.size()) {
                var explanation = q.explanation() != null ? q.explanation() : q.generalFeedback();
                return "<p>" + SafeHtml.fromPlainText(String.join("\n", plain)) + "</p>"
                        + (explanation == null ? "" : q.format().toSafeHtmlHonouringMarker(explanation));
            }
        }
        return question.flashcardFace().backHtml();
    }

    private static Component options(TextFormat format, List<Choice> choices, boolean shuffle, long seed) {
        var list = new OrderedList();
        list.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
        list.addClassName("qd-options");
        var order = new ArrayList<>(choices);
        if (shuffle) {
            Collections.shuffle(order, new Random(seed));
        }
        for (var choice : order) {
            var item = new ListItem();
            item.add(html(format.toSafeHtmlHonouringMarker(choice.text())));
            list.add(item);
        }
        return list;
    }

    private static Component matching(TextFormat format, MatchingQuestion question, long seed) {
        var lefts = new UnorderedList();
        lefts.addClassName("qd-options");
        question.pairs().stream().map(MatchPair::left)
                .forEach(left -> lefts.add(new ListItem(html(format.toSafeHtmlHonouringMarker(left)))));
        var rights = new ArrayList<String>();
        question.pairs().forEach(p -> rights.add(p.right()));
        rights.addAll(question.distractors());
        Collections.shuffle(rights, new Random(seed));
        var with = new Paragraph(com.vaadin.flow.i18n.I18NProvider.translate("study.with-one-of", String.join(" · ", rights)));
        with.addClassName("qd-match-with");
        return new Div(lefts, with);
    }

    private static Component ordering(TextFormat format, OrderingQuestion question, long seed) {
        var items = new ArrayList<>(question.items());
        Collections.shuffle(items, new Random(seed));
        var list = new OrderedList();
        list.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
        list.addClassName("qd-options");
        items.forEach(item -> list.add(new ListItem(html(format.toSafeHtmlHonouringMarker(item)))));
        return list;
    }

    /** Sanitised HTML (from the content module) in one wrapper element, as {@link Html} needs. */
    private static Html html(String safeHtml) {
        return new Html("<div class=\"qd-md\">" + safeHtml + "</div>");
    }
}
