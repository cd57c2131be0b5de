package com.quizdeck.bank.ui;

import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.quizdeck.deck.SharedDeck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Give a deck to classes as flashcards: one checkbox per class the instructor teaches. */
class ShareDialog extends Dialog {

    ShareDialog(DeckService decks, ClassroomService classrooms, DeckSummary deck) {
        setHeaderTitle(getTranslation("bank.share.title", deck.title()));
        setWidth("min(480px, 95vw)");
        var help = new Paragraph(getTranslation("bank.share.help"));
        help.addClassName("qd-muted");
        var list = new Div();
        list.addClassName("qd-share-list");
        var classes = classrooms.teachingClasses(false);
        if (classes.isEmpty()) {
            list.add(new Paragraph(getTranslation("bank.share.no-classes")));
        }
        for (ClassSummary c : classes) {
            boolean given = decks.decksOfClass(c.id()).stream().map(SharedDeck::deckId).anyMatch(deck.id()::equals);
            var box = new Checkbox(getTranslation("bank.share.class", c.name(), c.studentCount()), given);
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    decks.shareWithClass(deck.id(), c.id());
                    Notifications.success(getTranslation("bank.share.given", c.name(), deck.title()));
                } else {
                    decks.unshareFromClass(deck.id(), c.id());
                    Notifications.success(getTranslation("bank.share.taken", deck.title(), c.name()));
                }
            });
            list.add(box);
        }
        add(help, list);
        getFooter().add(new Button(getTranslation("bank.share.done"), e -> close()));
    }
}
