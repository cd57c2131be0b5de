package com.quizdeck.deck.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;

/** Decks deleted in the last 30 days, each with the days it has left and a way back. */
@Route("decks/trash")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class TrashView extends Main implements HasDynamicTitle {

    private final DeckService decks;
    private final Clock clock;
    final Div list = new Div();

    TrashView(DeckService decks, Clock clock) {
        this.decks = decks;
        this.clock = clock;
        addClassName("qd-page");
        var back = new Anchor("decks", getTranslation("deck.editor.back"));
        back.addClassName("qd-editor-back");
        var help = new Paragraph(getTranslation("deck.trash.help"));
        help.addClassName("qd-muted");
        list.addClassName("qd-deck-list");
        add(back, new H2(getTranslation("deck.trash.title")), help, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var trashed = decks.trash();
        if (trashed.isEmpty()) {
            // Not a list while it shows the empty state: a list must hold list items (axe: aria-required-children).
            list.getElement().removeAttribute("role");
            list.add(new EmptyState(VaadinIcon.TRASH, getTranslation("deck.trash.empty"),
                    getTranslation("deck.trash.empty-text")));
            return;
        }
        list.getElement().setAttribute("role", "list");
        trashed.forEach(d -> list.add(card(d)));
    }

    private Div card(DeckSummary d) {
        var name = new H3(d.title());
        name.addClassName("qd-card-title");
        long left = Math.max(0, 30 - Duration.between(d.deletedAt(), clock.instant()).toDays());
        var when = new Span(getTranslation("deck.trash.when", d.questionCount(),
                QuestionEditorView.TIME.withLocale(getLocale()).format(d.deletedAt()), left));
        when.addClassName("qd-muted");
        var restore = new Button(getTranslation("deck.banner.restore"), VaadinIcon.ROTATE_LEFT.create(), e -> {
            decks.restoreFromTrash(d.id());
            Notifications.success(getTranslation("deck.trash.restored", d.title()));
            refresh();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setAriaLabel(getTranslation("deck.trash.restore-label", d.title()));
        var card = new Div(name, when, restore);
        card.addClassNames("qd-card", "qd-deck-card");
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deck.trash.page-title");
    }
}
