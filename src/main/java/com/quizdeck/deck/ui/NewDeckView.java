package com.quizdeck.deck.ui;

import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.DeckSource;
import com.quizdeck.deck.DeckDetails;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.InvalidContentException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A new, empty deck: a title (and, if known, its source) is all it takes; questions come next. */
@Route("decks/new")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class NewDeckView extends Main implements HasDynamicTitle {

    final TextField title = new TextField(getTranslation("deck.details.title"));
    final TextArea description = new TextArea(getTranslation("deck.new.description"));
    final TextField sourceTitle = new TextField(getTranslation("deck.new.source-title"));
    final TextField sourceAuthor = new TextField(getTranslation("deck.new.source-author"));
    final TextField sourceDate = new TextField(getTranslation("deck.new.source-date"));
    final Button create = new Button(getTranslation("deck.new.create"));

    NewDeckView(DeckService decks) {
        addClassNames("qd-page", "qd-editor-new-page");
        var back = new Anchor("decks", getTranslation("deck.editor.back"));
        back.addClassName("qd-editor-back");
        var help = new Paragraph(getTranslation("deck.new.help"));
        help.addClassName("qd-muted");
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setMaxLength(300);
        description.setWidthFull();
        description.setHelperText(getTranslation("deck.form.markdown-help"));
        sourceDate.setPlaceholder(getTranslation("deck.details.date-example"));
        for (var f : List.of(sourceTitle, sourceAuthor, sourceDate)) {
            f.setWidthFull();
        }
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(title);
        create.addClickListener(e -> {
            try {
                var id = decks.createDeck(new DeckDetails(title.getValue(), description.getValue(),
                        new DeckSource(sourceTitle.getValue(), sourceAuthor.getValue(), sourceDate.getValue(), null),
                        List.of()));
                Notifications.success(getTranslation("deck.new.created"));
                getUI().ifPresent(ui -> ui.navigate("decks/" + id + "/edit"));
            } catch (InvalidContentException ex) {
                FieldPaths.tag(title, "title");
                FieldPaths.tag(description, "description");
                FieldPaths.tag(sourceTitle, "source.title");
                FieldPaths.tag(sourceAuthor, "source.author");
                FieldPaths.tag(sourceDate, "source.date");
                FieldPaths.apply(this, ex.violations());
            }
        });
        var card = new Div(title, description, sourceTitle, sourceAuthor, sourceDate, create);
        card.addClassNames("qd-card", "qd-editor-new-card");
        add(back, new H2(getTranslation("deck.new.title")), help, card);
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deck.new.page-title");
    }
}
