package com.quizdeck.deck.ui;

import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditConflictException;
import com.quizdeck.deck.EditableDeck;
import com.quizdeck.deck.EditorQuestion;
import com.quizdeck.deck.InvalidContentException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * One question of a deck: its form with findings next to each field as you type, and a preview of
 * what a student will see. Saving an edited question makes a new version (past attempts keep
 * theirs); a save over someone else's newer version is refused with a way to reload. Leaving with
 * unsaved changes asks first. {@code decks/7/questions/new?type=numeric} starts a new question.
 */
@Route("decks/:deckId/questions/:questionId")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class QuestionEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final DeckService decks;
    private Long deckId;
    private Long questionId;
    private Long baseVersionId;
    private EditableDeck deck;
    QuestionForm form;
    final QuestionPreview preview = new QuestionPreview();
    final Button save = new Button(getTranslation("deck.question.save"), VaadinIcon.CHECK.create());
    final Button history = new Button(getTranslation("deck.question.history"), VaadinIcon.CLOCK.create());
    final Span status = new Span();
    final Div conflict = new Div();
    final Span conflictMessage = new Span();
    final Button reload = new Button(getTranslation("deck.question.reload"), VaadinIcon.REFRESH.create());
    final Button saveMine = new Button(getTranslation("deck.question.save-mine"));
    private final H2 heading = new H2();
    private final Span meta = new Span();
    private final Div formSlot = new Div();
    private final Anchor back = new Anchor();
    private boolean dirty;

    QuestionEditorView(DeckService decks) {
        this.decks = decks;
        addClassNames("qd-page", "qd-editor-page");
        back.addClassName("qd-editor-back");
        meta.addClassName("qd-muted");
        var head = new Div(back, heading, meta);
        head.addClassName("qd-editor-head");

        conflict.addClassName("qd-editor-conflict");
        conflict.getElement().setAttribute("role", "alert");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        reload.addClickListener(e -> reload());
        saveMine.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        saveMine.addClickListener(e -> saveOverNewer());
        var conflictActions = new Div(reload, saveMine);
        conflictActions.addClassName("qd-row-actions");
        conflict.add(VaadinIcon.WARNING.create(), conflictMessage, conflictActions);
        conflict.setVisible(false);

        var previewTitle = new H3(getTranslation("deck.question.preview"));
        var previewHelp = new Span(getTranslation("deck.question.preview-help"));
        previewHelp.addClassName("qd-muted");
        var previewColumn = new Div(previewTitle, previewHelp, preview);
        previewColumn.addClassName("qd-editor-preview-col");
        formSlot.addClassName("qd-editor-form-col");
        var split = new Div(formSlot, previewColumn);
        split.addClassName("qd-editor-split");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        save.setTooltipText(getTranslation("deck.question.save-tip"));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(e -> openHistory());
        status.addClassName("qd-editor-status");
        status.getElement().setAttribute("aria-live", "polite");
        var bar = new Div(status, history, save);
        bar.addClassName("qd-editor-savebar");
        add(head, conflict, split, bar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            deckId = Long.valueOf(event.getRouteParameters().get("deckId").orElseThrow());
            deck = decks.editableDeck(deckId);
            var param = event.getRouteParameters().get("questionId").orElseThrow();
            if ("new".equals(param)) {
                if (!deck.canEdit() || deck.deletedAt() != null) {
                    throw new AccessDeniedException("not editable");
                }
                var typeName = event.getLocation().getQueryParameters().getSingleParameter("type").orElse("single_choice");
                var type = QuestionType.fromWireName(typeName).orElse(QuestionType.SINGLE_CHOICE);
                questionId = null;
                baseVersionId = null;
                showForm(Bodies.template(type), true, null);
            } else {
                questionId = Long.valueOf(param);
                var q = decks.editorQuestion(deckId, questionId);
                showLoaded(q);
            }
        } catch (IllegalArgumentException | AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("deck.question.not-found"));
        }
    }

    private void showLoaded(EditorQuestion q) {
        baseVersionId = q.versionId();
        showForm(q.question(), false, q);
    }

    private void showForm(Question question, boolean isNew, EditorQuestion loaded) {
        var taken = deck.questions().stream().map(EditorQuestion::key).collect(Collectors.toSet());
        Set<String> knownTags = new TreeSet<>(deck.details().tags());
        deck.questions().forEach(q -> knownTags.addAll(q.question().tags()));
        form = new QuestionForm(question, isNew, taken, knownTags);
        form.onChange(this::refresh);
        formSlot.removeAll();
        formSlot.add(form);
        back.setHref("decks/" + deckId + "/edit");
        back.setText(getTranslation("deck.question.back", deck.details().title()));
        var label = TypeInfo.label(question.type());
        heading.removeAll();
        heading.add(TypeInfo.icon(question.type()),
                new Span(isNew ? getTranslation("deck.question.new", label.toLowerCase(getLocale()))
                        : getTranslation("deck.question.of-type", label)));
        meta.setText(loaded == null ? getTranslation("deck.question.not-saved") : versionLine(loaded));
        history.setVisible(!isNew);
        boolean editable = deck.canEdit() && deck.deletedAt() == null;
        save.setVisible(editable);
        if (!editable) {
            form.setReadOnly(true);
            status.setText(getTranslation(deck.deletedAt() != null ? "deck.question.in-trash" : "deck.question.read-only"));
        }
        conflict.setVisible(false);
        refresh();
    }

    /** After any change in the form: findings next to fields, the preview, and whether there is anything to save. */
    private void refresh() {
        var built = form.build();
        if (form.showingProblems()) {
            form.showProblems(built.problems());
        }
        preview.show(built.question());
        setDirty(form.isDirty(built.question()));
        if (!save.isVisible()) {
            return;
        }
        int n = built.problems().size();
        if (!form.showingProblems()) {
            status.setText(form.isNew ? getTranslation("deck.question.fill-in") : "");
        } else if (n > 0) {
            status.setText(getTranslation("deck.question.to-fix", n));
        } else {
            status.setText(dirty ? getTranslation("deck.question.unsaved") : form.isNew ? "" : getTranslation("deck.question.all-saved"));
        }
        status.getElement().setAttribute("data-state", n > 0 && form.showingProblems() ? "problems"
                : dirty ? "dirty" : "clean");
    }

    private void setDirty(boolean value) {
        if (value != dirty) {
            dirty = value;
            markPageDirty(value);
        }
    }

    /** The browser asks before a reload or closing the tab while there are unsaved changes. */
    private void markPageDirty(boolean value) {
        getElement().executeJs("""
                if (!window.__qdBeforeUnload) {
                  window.__qdBeforeUnload = e => { if (window.__qdDirty) { e.preventDefault(); e.returnValue = ''; } };
                  window.addEventListener('beforeunload', window.__qdBeforeUnload);
                }
                window.__qdDirty = $0;""", value);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (dirty) {
            markPageDirty(true);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().getPage().executeJs("window.__qdDirty = false;");
        super.onDetach(detachEvent);
    }

    boolean isDirty() {
        return dirty;
    }

    void save() {
        var built = form.build();
        form.showProblems(built.problems());
        if (!built.problems().isEmpty()) {
            int n = built.problems().size();
            Notifications.error(getTranslation("deck.question.fix-first", n));
            refresh();
            return;
        }
        try {
            if (form.isNew) {
                var added = decks.addQuestion(deckId, built.question());
                setDirty(false);
                Notifications.success(getTranslation("deck.question.added", deck.details().title(), added.key()));
                getUI().ifPresent(ui -> ui.navigate("decks/" + deckId + "/edit"));
                return;
            }
            var result = decks.saveQuestion(deckId, questionId, baseVersionId, built.question());
            afterSave(result.question(), result.newVersion());
        } catch (InvalidContentException e) {
            form.showProblems(e.violations());
            Notifications.error(getTranslation("deck.not-saved", e.getMessage()));
        } catch (EditConflictException e) {
            showConflict(e.getMessage());
        } catch (AccessDeniedException | IllegalStateException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void afterSave(EditorQuestion saved, boolean newVersion) {
        baseVersionId = saved.versionId();
        form.saved(saved.question());
        conflict.setVisible(false);
        meta.setText(versionLine(saved));
        refresh();
        Notifications.success(newVersion ? getTranslation("deck.question.saved-version", saved.versionNo())
                : getTranslation("deck.question.unchanged"));
    }

    /** "Version 3 · saved by ana · Nov 28, 2026, 2:32 PM · id treaty-1961" */
    private String versionLine(EditorQuestion q) {
        var at = TIME.withLocale(getLocale()).format(q.changedAt());
        return q.changedBy() == null ? getTranslation("deck.question.version", q.versionNo(), at, q.key())
                : getTranslation("deck.question.version-by", q.versionNo(), q.changedBy(), at, q.key());
    }

    private void showConflict(String message) {
        conflictMessage.setText(getTranslation("deck.question.conflict", message));
        conflict.setVisible(true);
        reload.focus();
    }

    /** Replaces the form with the current saved version; the user's own edits are dropped, as the button says. */
    void reload() {
        deck = decks.editableDeck(deckId);
        var current = decks.editorQuestion(deckId, questionId);
        showLoaded(current);
        setDirty(false);
        Notifications.success(getTranslation("deck.question.reloaded", current.versionNo()));
    }

    /** The user read the conflict and keeps their text: it becomes the newest version; the other stays in history. */
    void saveOverNewer() {
        var current = decks.editorQuestion(deckId, questionId);
        baseVersionId = current.versionId();
        save();
    }

    private void openHistory() {
        new HistoryDialog(decks, deckId, questionId, () -> baseVersionId, dirty, restored -> {
            showLoaded(restored);
            setDirty(false);
        }).open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        var action = event.postpone();
        var dialog = new ConfirmDialog(getTranslation("deck.question.discard"),
                getTranslation("deck.question.discard-text"),
                getTranslation("deck.discard.confirm"), e -> {
                    setDirty(false);
                    action.proceed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("deck.discard.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deck.question.page-title");
    }
}
