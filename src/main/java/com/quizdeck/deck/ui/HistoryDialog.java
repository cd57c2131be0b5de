package com.quizdeck.deck.ui;

import com.quizdeck.base.ui.Notifications;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditConflictException;
import com.quizdeck.deck.EditorQuestion;
import com.quizdeck.deck.QuestionVersionInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * A question's versions, newest first: who saved each, when, what changed, and its content. An old
 * version can be restored; that makes it the newest version, so the history stays complete.
 */
class HistoryDialog extends Dialog {

    HistoryDialog(DeckService decks, Long deckId, Long questionId, Supplier<Long> baseVersionId, boolean dirty,
            Consumer<EditorQuestion> afterRestore) {
        setHeaderTitle(getTranslation("deck.history.title"));
        setWidth("min(720px, 96vw)");
        var help = new Paragraph(getTranslation("deck.history.help"));
        help.addClassName("qd-muted");
        var list = new Div();
        list.addClassName("qd-editor-history");
        list.getElement().setAttribute("role", "list");
        var editable = decks.editableDeck(deckId).canEdit();
        for (QuestionVersionInfo v : decks.history(deckId, questionId)) {
            var title = new Span(getTranslation(v.current() ? "deck.history.version-current" : "deck.history.version", v.versionNo()));
            title.addClassName("qd-editor-history-title");
            var who = new Span(v.author() + " · " + QuestionEditorView.TIME.withLocale(getLocale()).format(v.createdAt()));
            who.addClassName("qd-muted");
            var what = new Span(describe(v));
            what.addClassName("qd-editor-history-changes");
            var content = new Details(getTranslation("deck.history.show"), QuestionPreview.studentView(v.question(), true));
            content.addClassName("qd-editor-history-content");
            var entry = new Div(title, who, what, content);
            entry.addClassName("qd-editor-history-entry");
            entry.getElement().setAttribute("role", "listitem");
            if (!v.current() && editable) {
                var restore = new Button(getTranslation("deck.history.restore", v.versionNo()), VaadinIcon.ROTATE_LEFT.create(),
                        e -> confirmRestore(decks, deckId, questionId, v, baseVersionId, dirty, afterRestore));
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                entry.add(restore);
            }
            list.add(entry);
        }
        add(help, list);
        var close = new Button(getTranslation("deck.close"), e -> close());
        getFooter().add(close);
    }

    static String describe(QuestionVersionInfo v) {
        var parts = new StringBuilder();
        if (v.note() != null) {
            parts.append(v.note());
        }
        if (!v.changes().isEmpty()) {
            if (!parts.isEmpty()) {
                parts.append(" · ");
            }
            parts.append(com.vaadin.flow.i18n.I18NProvider.translate("deck.history.changed", String.join(", ",
                    v.changes().stream().map(part -> com.vaadin.flow.i18n.I18NProvider.translate("deck.history.part." + part)).toList())));
        }
        return parts.isEmpty() ? com.vaadin.flow.i18n.I18NProvider.translate(v.versionNo() == 1 ? "deck.history.first" : "deck.history.no-change")
                : parts.toString();
    }

    private void confirmRestore(DeckService decks, Long deckId, Long questionId, QuestionVersionInfo v,
            Supplier<Long> baseVersionId, boolean dirty, Consumer<EditorQuestion> afterRestore) {
        var dialog = new ConfirmDialog(getTranslation("deck.history.restore-title", v.versionNo()),
                getTranslation(dirty ? "deck.history.restore-text-dirty" : "deck.history.restore-text"),
                getTranslation("deck.banner.restore"), e -> {
                    try {
                        var saved = decks.restoreVersion(deckId, questionId, v.versionId(), baseVersionId.get());
                        afterRestore.accept(saved.question());
                        Notifications.success(saved.newVersion()
                                ? getTranslation("deck.history.restored", v.versionNo(), saved.question().versionNo())
                                : getTranslation("deck.history.already"));
                        close();
                    } catch (EditConflictException | AccessDeniedException | IllegalStateException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }
}
