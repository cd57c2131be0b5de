package com.quizdeck.deck.ui;

import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.deck.EditorQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;

/** One question in the deck page's list: type icon, number, text, tags; select, move, edit, delete. */
class QuestionRow extends Div {

    final EditorQuestion question;
    final Checkbox select = new Checkbox();
    final Button up;
    final Button down;
    final Button edit;
    final Button delete;
    private final Span handle = new Span(VaadinIcon.ELLIPSIS_DOTS_V.create());
    private final String searchText;
    private DragSource<QuestionRow> dragSource;

    QuestionRow(DeckEditorView view, EditorQuestion question, int index, int count, boolean editable) {
        this.question = question;
        addClassName("qd-editor-question");
        getElement().setAttribute("role", "listitem");
        var q = question.question();
        int n = index + 1;
        var text = summary(q);
        var number = new Span(n + ".");
        number.addClassName("qd-editor-number-label");
        var icon = TypeInfo.icon(q.type());
        var line = new Span(text.isEmpty() ? getTranslation("deck.row.no-text") : text);
        line.addClassName("qd-editor-question-text");
        var key = new Span(" · " + question.key());
        key.addClassName("qd-editor-question-key");
        var meta = new Span(new Span(TypeInfo.label(q.type()) + " · v" + question.versionNo()), key);
        meta.addClassName("qd-editor-question-meta");
        var tags = new Div();
        tags.addClassName("qd-editor-tags");
        q.tags().forEach(t -> {
            var chip = new Span(t);
            chip.getElement().getThemeList().add("badge small");
            tags.add(chip);
        });
        var body = new Div(line, meta, tags);
        body.addClassName("qd-editor-question-body");

        select.setAriaLabel(getTranslation("deck.row.select", n));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                view.selectionChanged();
            }
        });
        handle.addClassName("qd-editor-handle");
        handle.getElement().setAttribute("aria-hidden", "true");
        handle.getElement().setAttribute("title", getTranslation("deck.row.drag"));

        up = iconButton(VaadinIcon.ARROW_UP, getTranslation("deck.row.up", n), () -> view.move(this, -1));
        down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("deck.row.down", n), () -> view.move(this, 1));
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        edit = new Button(getTranslation(editable ? "deck.row.edit" : "deck.row.view"), editable ? VaadinIcon.EDIT.create() : VaadinIcon.EYE.create(),
                e -> view.edit(question));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation(editable ? "deck.row.edit-label" : "deck.row.view-label", n));
        delete = iconButton(VaadinIcon.TRASH, getTranslation("deck.row.delete", n), () -> view.delete(List.of(question.questionId())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var controls = new Div();
        controls.addClassName("qd-editor-question-controls");
        if (editable) {
            controls.add(up, down, edit, delete);
            add(select, handle);
            dragSource = DragSource.create(this);
            dragSource.setDraggable(true);
            var target = DropTarget.create(this);
            target.setActive(true);
            target.addDropListener(e -> e.getDragSourceComponent()
                    .filter(c -> c instanceof QuestionRow)
                    .ifPresent(c -> view.dropped((QuestionRow) c, this)));
        } else {
            controls.add(edit);
        }
        add(number, icon, body, controls);
        searchText = (text + " " + question.key() + " " + String.join(" ", q.tags()) + " "
                + TypeInfo.label(q.type())).toLowerCase(Locale.ROOT);
    }

    /** The question's text in one line: its prompt, a cloze's text with gaps, a flashcard's front. */
    static String summary(Question q) {
        var text = switch (q) {
            // Not underscores: Markdown would read them as emphasis.
            case ClozeQuestion c -> (c.prompt() == null ? "" : c.prompt() + " ") + c.fill(n -> "\u2581\u2581\u2581");
            case FlashcardQuestion f -> f.front();
            default -> q.prompt();
        };
        return HtmlText.plain(q.format(), text, 180);
    }

    String searchText() {
        return searchText;
    }

    void setReorderable(boolean reorderable) {
        up.setVisible(reorderable);
        down.setVisible(reorderable);
        // Hidden but keeping its grid cell, so that the row's columns stay aligned.
        handle.getStyle().set("visibility", reorderable ? "visible" : "hidden");
        if (dragSource != null) {
            dragSource.setDraggable(reorderable);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
