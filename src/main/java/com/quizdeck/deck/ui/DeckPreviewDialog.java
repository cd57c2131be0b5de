package com.quizdeck.deck.ui;

import com.quizdeck.deck.EditorQuestion;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;

/** The whole deck as a student goes through it, one question at a time, on a phone or a desktop. */
class DeckPreviewDialog extends Dialog {

    private final List<EditorQuestion> questions;
    private final RadioButtonGroup<String> frame = new RadioButtonGroup<>();
    private final Checkbox answered = new Checkbox(getTranslation("deck.form.after"));
    private final Div stage = new Div();
    private final Span position = new Span();
    final Button previous = new Button(getTranslation("deck.preview.previous"), VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(getTranslation("deck.preview.next"), VaadinIcon.ARROW_RIGHT.create());
    private int index;

    DeckPreviewDialog(String title, List<EditorQuestion> questions) {
        this.questions = questions;
        setHeaderTitle(getTranslation("deck.preview.title", title));
        setWidth("min(980px, 98vw)");
        addClassName("qd-editor-deck-preview");
        frame.setItems(QuestionPreview.PHONE, QuestionPreview.DESKTOP);
        frame.setValue(QuestionPreview.PHONE);
        frame.setAriaLabel(getTranslation("deck.preview.as"));
        frame.addClassName("qd-editor-frame-choice");
        frame.addValueChangeListener(e -> render());
        answered.addValueChangeListener(e -> render());
        var bar = new Div(frame, answered);
        bar.addClassName("qd-editor-preview-bar");
        stage.addClassName("qd-editor-stage");
        position.addClassName("qd-muted");
        position.getElement().setAttribute("aria-live", "polite");
        previous.addClickListener(e -> go(-1));
        next.addClickListener(e -> go(1));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickShortcut(Key.ARROW_LEFT).listenOn(this);
        next.addClickShortcut(Key.ARROW_RIGHT).listenOn(this);
        add(bar, stage);
        getFooter().add(position, previous, next, new Button(getTranslation("deck.close"), e -> close()));
        render();
    }

    private void go(int delta) {
        index = Math.max(0, Math.min(questions.size() - 1, index + delta));
        render();
    }

    private void render() {
        stage.removeAll();
        previous.setEnabled(index > 0);
        next.setEnabled(index < questions.size() - 1);
        if (questions.isEmpty()) {
            position.setText(getTranslation("deck.preview.none"));
            return;
        }
        position.setText(getTranslation("deck.preview.position", index + 1, questions.size()));
        var counter = new Span(getTranslation("deck.preview.position", index + 1, questions.size()));
        counter.addClassName("qd-editor-counter");
        var screen = new Div(counter, QuestionPreview.studentView(questions.get(index).question(), answered.getValue()));
        if (QuestionPreview.DESKTOP.equals(frame.getValue())) {
            screen.addClassName("qd-editor-desktop-screen");
            var top = new Div(new Span(), new Span(), new Span());
            top.addClassName("qd-editor-desktop-bar");
            var frame = new Div(top, screen);
            frame.addClassName("qd-editor-desktop");
            stage.add(frame);
        } else {
            screen.addClassName("qd-editor-phone-screen");
            var frame = new Div(screen);
            frame.addClassName("qd-editor-phone");
            stage.add(frame);
        }
    }
}
