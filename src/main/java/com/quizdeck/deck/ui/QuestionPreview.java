package com.quizdeck.deck.ui;

import com.quizdeck.content.Blank;
import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.SafeHtml;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.content.Weights;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The question as a student meets it, in a phone frame or a desktop frame, before or after
 * answering; and as a flashcard. Every text goes through the content sanitiser, as it will for the
 * student. The answer widgets are drawn, not live: this shows what a student reads, not a quiz.
 */
class QuestionPreview extends Div {

    static final String PHONE = "phone";
    static final String DESKTOP = "desktop";
    static final String CARD = "card";
    /** A radio group rather than tabs: tabs that overflow a phone get scroll buttons that break the tab list. */
    final RadioButtonGroup<String> frame = new RadioButtonGroup<>();
    final Checkbox answered = new Checkbox(getTranslation("deck.form.after"));
    private final Div stage = new Div();
    private Question question;

    QuestionPreview() {
        addClassName("qd-editor-preview");
        frame.setItems(PHONE, DESKTOP, CARD);
        frame.setItemLabelGenerator(v -> getTranslation("deck.preview.frame." + v));
        frame.setValue(PHONE);
        frame.setAriaLabel(getTranslation("deck.preview.as"));
        frame.addClassName("qd-editor-frame-choice");
        frame.addValueChangeListener(e -> render());
        answered.setTooltipText(getTranslation("deck.preview.after-tip"));
        answered.addValueChangeListener(e -> render());
        var bar = new Div(frame, answered);
        bar.addClassName("qd-editor-preview-bar");
        stage.addClassName("qd-editor-stage");
        stage.getElement().setAttribute("aria-label", getTranslation("deck.question.preview"));
        stage.getElement().setAttribute("role", "region");
        add(bar, stage);
    }

    void show(Question q) {
        this.question = q;
        render();
    }

    void showDesktop() {
        frame.setValue(DESKTOP);
    }

    private void render() {
        stage.removeAll();
        if (question == null) {
            return;
        }
        var selected = frame.getValue();
        answered.setVisible(!CARD.equals(selected));
        if (CARD.equals(selected)) {
            stage.add(flashcard(question));
        } else if (DESKTOP.equals(selected)) {
            var screen = new Div(studentView(question, answered.getValue()));
            screen.addClassName("qd-editor-desktop-screen");
            var bar = new Div(new Span(), new Span(), new Span());
            bar.addClassName("qd-editor-desktop-bar");
            var frame = new Div(bar, screen);
            frame.addClassName("qd-editor-desktop");
            stage.add(frame);
        } else {
            var screen = new Div(studentView(question, answered.getValue()));
            screen.addClassName("qd-editor-phone-screen");
            var frame = new Div(screen);
            frame.addClassName("qd-editor-phone");
            stage.add(frame);
        }
    }

    static Component flashcard(Question q) {
        var face = q.flashcardFace();
        var front = new Div(label(t("deck.preview.front")), HtmlText.block(TextFormat.HTML, face.frontHtml()));
        front.addClassNames("qd-editor-card-face", "qd-editor-card-front");
        var back = new Div(label(t("deck.preview.back")), HtmlText.block(TextFormat.HTML, face.backHtml()));
        back.addClassNames("qd-editor-card-face", "qd-editor-card-back");
        var box = new Div(front, back);
        box.addClassName("qd-editor-cards");
        return box;
    }

    /** The student's view of one question; {@code answered} adds what they see after answering. */
    static Component studentView(Question q, boolean answered) {
        var view = new Div();
        view.addClassName("qd-editor-student");
        var f = q.format();
        if (!(q instanceof FlashcardQuestion) && q.prompt() != null && !q.prompt().isBlank()) {
            var prompt = HtmlText.block(f, q.prompt());
            prompt.addClassName("qd-editor-prompt");
            view.add(prompt);
        }
        switch (q) {
            case SingleChoiceQuestion s -> view.add(options(f, s.options(), false, answered, s.shuffle()));
            case MultipleResponseQuestion m -> view.add(options(f, m.options(), true, answered, m.shuffle()));
            case TrueFalseQuestion t -> view.add(options(f, List.of(
                    new Choice(t("deck.preview.true"), t.answer() ? 100 : 0, t.feedbackTrue()),
                    new Choice(t("deck.preview.false"), t.answer() ? 0 : 100, t.feedbackFalse())), false, answered, false));
            case ShortAnswerQuestion s -> {
                view.add(fakeInput(t("deck.preview.type-answer")));
                if (answered) {
                    view.add(key(t("deck.preview.accepted", String.join(", ", s.answers().stream()
                            .map(a -> a.text() + credit(a.weight())).toList()))));
                }
            }
            case NumericQuestion n -> {
                view.add(fakeInput(t("deck.preview.type-number")));
                if (answered) {
                    view.add(key(t("deck.preview.accepted", String.join(", ", n.answers().stream()
                            .map(a -> a.describe() + credit(a.weight())).toList()))));
                }
            }
            case MatchingQuestion m -> view.add(matching(f, m, answered));
            case OrderingQuestion o -> view.add(ordering(f, o, answered));
            case ClozeQuestion c -> view.add(cloze(c, answered));
            case FlashcardQuestion c -> {
                var front = HtmlText.block(f, c.front());
                front.addClassName("qd-editor-prompt");
                view.add(front);
                if (answered) {
                    view.add(HtmlText.block(f, c.back()));
                }
            }
            case OpenQuestion o -> {
                var area = fakeInput(t("deck.preview.write"));
                area.addClassName("qd-editor-fake-area");
                view.add(area);
                if (answered && o.guidance() != null) {
                    view.add(key(t("deck.preview.guidance", HtmlText.plain(f, o.guidance(), 500))));
                }
            }
        }
        if (!answered) {
            var submit = new Span(t(q instanceof FlashcardQuestion ? "deck.preview.show" : "deck.preview.submit"));
            submit.addClassName("qd-editor-fake-button");
            view.add(submit);
            return view;
        }
        addIfPresent(view, t("deck.form.general-feedback"), f, q.generalFeedback());
        addIfPresent(view, t("deck.form.explanation"), f, q.explanation());
        if (q.source() != null && !q.source().isBlank()) {
            var source = new Div(label(t("deck.preview.source")), HtmlText.block(TextFormat.PLAIN, q.source()));
            source.addClassName("qd-editor-source");
            view.add(source);
        }
        return view;
    }

    private static Div options(TextFormat f, List<Choice> options, boolean many, boolean answered, boolean shuffled) {
        var list = new Div();
        list.addClassName("qd-editor-options");
        list.getElement().setAttribute("role", "list");
        for (var o : options) {
            var mark = new Span();
            mark.addClassName(many ? "qd-editor-mark-box" : "qd-editor-mark-dot");
            var row = new Div(mark, HtmlText.inline(f, o.text()));
            row.addClassName("qd-editor-option");
            row.getElement().setAttribute("role", "listitem");
            if (answered) {
                boolean right = many ? o.weight() > 0 : o.correct();
                if (right || o.weight() != 0) {
                    var verdict = new Span(right ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create(),
                            new Span(t(right ? "deck.preview.correct" : "deck.preview.wrong") + (many || !right ? credit(o.weight()) : "")));
                    verdict.addClassName(right ? "qd-editor-right" : "qd-editor-wrong");
                    row.add(verdict);
                }
                if (o.feedback() != null && !o.feedback().isBlank()) {
                    var feedback = HtmlText.block(f, o.feedback());
                    feedback.addClassName("qd-editor-option-feedback");
                    row.add(feedback);
                }
            }
            list.add(row);
        }
        if (shuffled && !answered) {
            var note = new Span(t("deck.preview.shuffled"));
            note.addClassName("qd-editor-note");
            list.add(note);
        }
        return list;
    }

    private static Div matching(TextFormat f, MatchingQuestion m, boolean answered) {
        var list = new Div();
        list.addClassName("qd-editor-options");
        for (MatchPair p : m.pairs()) {
            var choose = answered ? new Span(p.right()) : new Span(t("deck.preview.choose"));
            choose.addClassName(answered ? "qd-editor-right" : "qd-editor-fake-select");
            var row = new Div(HtmlText.inline(f, p.left()), choose);
            row.addClassNames("qd-editor-option", "qd-editor-match");
            list.add(row);
        }
        if (!m.distractors().isEmpty() && !answered) {
            var note = new Span(t("deck.preview.also", String.join(", ", m.distractors())));
            note.addClassName("qd-editor-note");
            list.add(note);
        }
        return list;
    }

    private static Div ordering(TextFormat f, OrderingQuestion o, boolean answered) {
        var items = new ArrayList<>(o.items());
        if (!answered && items.size() > 1) {
            // Students get a shuffled order; the preview shows one that is never the answer.
            items.add(items.removeFirst());
        }
        var list = new Div();
        list.addClassName("qd-editor-options");
        for (int i = 0; i < items.size(); i++) {
            var handle = answered ? new Span((i + 1) + ".") : new Span(VaadinIcon.LINES.create());
            handle.addClassName("qd-editor-handle");
            var row = new Div(handle, HtmlText.inline(f, items.get(i)));
            row.addClassName("qd-editor-option");
            list.add(row);
        }
        return list;
    }

    private static Div cloze(ClozeQuestion c, boolean answered) {
        // Placeholders become tokens that survive Markdown, then trusted widgets after sanitising.
        var withTokens = c.fill(n -> "QDBLANK" + n + "QD");
        var html = c.format().toSafeHtml(withTokens);
        var m = java.util.regex.Pattern.compile("QDBLANK(\\d+)QD").matcher(html);
        var out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            var blank = n >= 1 && n <= c.blanks().size() ? c.blanks().get(n - 1) : null;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(blankHtml(blank, n, answered)));
        }
        m.appendTail(out);
        var text = new Div();
        HtmlText.set(text, out.toString());
        text.addClassName("qd-editor-cloze");
        return text;
    }

    private static String blankHtml(Blank blank, int n, boolean answered) {
        if (answered && blank != null) {
            return "<span class=\"qd-editor-blank qd-editor-blank-filled\">" + SafeHtml.escape(blank.correctAnswer())
                    + "</span>";
        }
        var hint = switch (blank) {
            case ChoiceBlank b -> SafeHtml.escape(t("deck.preview.blank-choose"));
            case NumericBlank b -> SafeHtml.escape(t("deck.preview.blank-number"));
            case TextBlank b -> "\u00a0";
            case null -> "?";
        };
        return "<span class=\"qd-editor-blank\" aria-label=\"" + SafeHtml.escape(t("deck.preview.blank-label", n)) + "\">" + hint + "</span>";
    }

    private static void addIfPresent(Div view, String title, TextFormat f, String text) {
        if (text != null && !text.isBlank()) {
            var box = new Div(label(title), HtmlText.block(f, text));
            box.addClassName("qd-editor-after");
            view.add(box);
        }
    }

    /** A text of the deck bundle in the current UI's language. */
    private static String t(String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key, params);
    }

    private static Span label(String text) {
        var label = new Span(text);
        label.addClassName("qd-editor-preview-label");
        return label;
    }

    private static Div fakeInput(String placeholder) {
        var input = new Div(new Span(placeholder));
        input.addClassName("qd-editor-fake-input");
        return input;
    }

    private static Div key(String text) {
        var key = new Div(VaadinIcon.CHECK.create(), new Span(text));
        key.addClassNames("qd-editor-key", "qd-editor-right");
        return key;
    }

    private static String credit(double weight) {
        return weight == Weights.FULL ? "" : " (" + Weights.format(weight) + "%)";
    }
}
