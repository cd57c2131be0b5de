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
        setHeaderTitle("Give “" + deck.title() + "” to classes");
        setWidth("min(480px, 95vw)");
        var help = new Paragraph("Students of these classes study the deck as flashcards. "
                + "To make a quiz from it, use Quizzes.");
        help.addClassName("qd-muted");
        var list = new Div();
        list.addClassName("qd-share-list");
        var classes = classrooms.teachingClasses(false);
        if (classes.isEmpty()) {
            list.add(new Paragraph("You have no classes yet. Create one under Classes first."));
        }
        for (ClassSummary c : classes) {
            boolean given = decks.decksOfClass(c.id()).stream().map(SharedDeck::deckId).anyMatch(deck.id()::equals);
            var box = new Checkbox(c.name() + " (" + c.studentCount() + " students)", given);
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    decks.shareWithClass(deck.id(), c.id());
                    Notifications.success(c.name() + " can now study " + deck.title() + ".");
                } else {
                    decks.unshareFromClass(deck.id(), c.id());
                    Notifications.success(deck.title() + " was taken back from " + c.name() + ".");
                }
            });
            list.add(box);
        }
        add(help, list);
        getFooter().add(new Button("Done", e -> close()));
    }
}
