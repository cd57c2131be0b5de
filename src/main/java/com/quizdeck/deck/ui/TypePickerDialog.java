package com.quizdeck.deck.ui;

import com.quizdeck.content.QuestionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** "Add question": one button per type, with what the type is for. */
class TypePickerDialog extends Dialog {

    TypePickerDialog(Long deckId) {
        setHeaderTitle(getTranslation("deck.picker.title"));
        setWidth("min(760px, 96vw)");
        var grid = new Div();
        grid.addClassName("qd-editor-type-grid");
        for (var type : QuestionType.values()) {
            var name = new Span(TypeInfo.label(type));
            name.addClassName("qd-editor-type-name");
            var what = new Span(TypeInfo.description(type));
            what.addClassName("qd-muted");
            var text = new Div(name, what);
            var button = new Button();
            button.getElement().appendChild(TypeInfo.vaadinIcon(type).create().getElement(), text.getElement());
            button.addClassName("qd-editor-type-button");
            button.setAriaLabel(TypeInfo.label(type));
            button.addClickListener(e -> {
                // Find the UI before closing: a closed dialog is no longer attached to it.
                var ui = getUI();
                close();
                ui.ifPresent(u -> u.navigate("decks/" + deckId + "/questions/new",
                        com.vaadin.flow.router.QueryParameters.of("type", type.wireName())));
            });
            grid.add(button);
        }
        add(grid);
        getFooter().add(new Button(getTranslation("deck.cancel"), e -> close()));
    }
}
