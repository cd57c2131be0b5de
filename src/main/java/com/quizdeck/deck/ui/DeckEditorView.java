package com.quizdeck.deck.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.DeckSource;
import com.quizdeck.content.Markdown;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.Coauthor;
import com.quizdeck.deck.DeckDetails;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditConflictException;
import com.quizdeck.deck.EditableDeck;
import com.quizdeck.deck.EditorQuestion;
import com.quizdeck.deck.InvalidContentException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;

/**
 * A deck for the people who write it: its details, its questions (search, filter, reorder by drag
 * and drop or with the move buttons, select several to tag or delete) and its co-authors. Library
 * decks and decks of others one may read open read-only, with "Duplicate to edit".
 */
@Route("decks/:deckId/edit")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class DeckEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** The quiz module's page for assigning a deck as a quiz (built in that module; linked by route). */
    static final String ASSIGN_QUIZ_ROUTE = "teach/quizzes";

    private final DeckService decks;
    private Long deckId;
    EditableDeck deck;

    private final H2 title = new H2();
    private final Div badges = new Div();
    private final Span meta = new Span();
    private final Div banner = new Div();
    private final Div actions = new Div();

    // Details
    final Details detailsBox = new Details();
    final TextField titleField = new TextField(getTranslation("deck.details.title"));
    final TextArea description = new TextArea(getTranslation("deck.details.description"));
    private final Div descriptionPreview = new Div();
    private final Span previewLabel = new Span();
    final TextField sourceTitle = new TextField(getTranslation("deck.details.source-title"));
    final TextField sourceAuthor = new TextField(getTranslation("deck.details.author"));
    final TextField sourceDate = new TextField(getTranslation("deck.details.date"));
    final TextField sourceUrl = new TextField(getTranslation("deck.details.url"));
    TagField deckTags;
    private final Div tagSlot = new Div();
    final Button saveDetails = new Button(getTranslation("deck.details.save"));
    private final Span detailsStatus = new Span();
    private DeckDetails shownDetails;

    // Questions
    final TextField search = new TextField();
    final Select<QuestionType> typeFilter = new Select<>();
    final ComboBox<String> tagFilter = new ComboBox<>();
    final Checkbox selectAll = new Checkbox(getTranslation("deck.editor.select-all"));
    final Button tagSelected = new Button(getTranslation("deck.editor.tag"), VaadinIcon.TAG.create());
    final Button deleteSelected = new Button(getTranslation("deck.editor.delete"), VaadinIcon.TRASH.create());
    private final Span filterNote = new Span();
    final Div list = new Div();
    private final H3 questionsTitle = new H3();
    final List<QuestionRow> rows = new ArrayList<>();
    private final Div bulkBar = new Div();
    /** Tells screen readers what a move did, without a toast for every click. */
    private final Span live = new Span();

    // Co-authors
    private final Div coauthorList = new Div();
    final TextField coauthorName = new TextField(getTranslation("deck.coauthors.username"));
    final Button addCoauthor = new Button(getTranslation("deck.coauthors.add"), VaadinIcon.PLUS.create());
    private final Div coauthorForm = new Div();
    private final Span ownerLine = new Span();

    DeckEditorView(DeckService decks) {
        this.decks = decks;
        addClassNames("qd-page", "qd-editor-deck-page");

        var back = new Anchor("decks", getTranslation("deck.editor.back"));
        back.addClassName("qd-editor-back");
        var titleRow = new Div(title, badges);
        titleRow.addClassName("qd-editor-title-row");
        badges.addClassName("qd-editor-badges");
        meta.addClassName("qd-muted");
        actions.addClassName("qd-editor-actions");
        banner.addClassName("qd-editor-banner");
        banner.setVisible(false);
        add(back, titleRow, meta, actions, banner, detailsSection(), questionsSection(), coauthorsSection());
    }

    // ---------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            deckId = Long.valueOf(event.getRouteParameters().get("deckId").orElseThrow());
            load();
        } catch (IllegalArgumentException | AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("deck.editor.not-found"));
        }
    }

    private boolean editable() {
        return deck.canEdit() && deck.deletedAt() == null;
    }

    void load() {
        deck = decks.editableDeck(deckId);
        title.setText(deck.details().title());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("deck.editor.page-title", deck.details().title())));
        badges.removeAll();
        if (deck.origin() == DeckOrigin.BANK) {
            badges.add(badge(getTranslation("deck.badge.library"), "contrast"));
        }
        if (!editable()) {
            badges.add(badge(getTranslation("deck.badge.read-only"), "contrast"));
        }
        if (deck.archivedAt() != null) {
            badges.add(badge(getTranslation("deck.badge.archived"), "contrast"));
        }
        if (deck.deletedAt() != null) {
            badges.add(badge(getTranslation("deck.badge.trash"), "error"));
        }
        meta.setText(getTranslation("deck.editor.meta", deck.questions().size(), deck.contentVersion(),
                QuestionEditorView.TIME.withLocale(getLocale()).format(deck.updatedAt()))
                + (deck.ownerName() == null ? "" : getTranslation("deck.editor.meta-owner", deck.ownerName())));
        renderActions();
        renderBanner();
        loadDetails(deck.details());
        renderQuestions();
        renderCoauthors();
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private void renderBanner() {
        banner.removeAll();
        banner.setVisible(!editable());
        if (deck.deletedAt() != null) {
            banner.add(VaadinIcon.TRASH.create(), new Span(getTranslation("deck.banner.trash")));
            if (deck.canManage()) {
                banner.add(new Button(getTranslation("deck.banner.restore"), VaadinIcon.ROTATE_LEFT.create(), e -> {
                    decks.restoreFromTrash(deckId);
                    Notifications.success(getTranslation("deck.banner.restored", deck.details().title()));
                    load();
                }));
            }
        } else if (!deck.canEdit()) {
            var text = getTranslation(deck.origin() == DeckOrigin.BANK ? "deck.banner.library" : "deck.banner.read-only");
            var duplicate = new Button(getTranslation("deck.banner.duplicate"), VaadinIcon.COPY_O.create(), e -> duplicate());
            duplicate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            banner.add(VaadinIcon.LOCK.create(), new Span(text), duplicate);
        }
    }

    private void renderActions() {
        actions.removeAll();
        if (deck.deletedAt() != null) {
            return;
        }
        if (editable()) {
            var add = new Button(getTranslation("deck.editor.add"), VaadinIcon.PLUS.create(), e -> new TypePickerDialog(deckId).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var draft = new Button(getTranslation("deck.editor.draft"), VaadinIcon.MAGIC.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("decks/" + deckId + "/draft")));
            actions.add(add, draft);
        }
        var preview = new Button(getTranslation("deck.editor.preview"), VaadinIcon.EYE.create(),
                e -> new DeckPreviewDialog(deck.details().title(), deck.questions()).open());
        preview.setEnabled(!deck.questions().isEmpty());
        var assign = new Anchor(ASSIGN_QUIZ_ROUTE + "?deck=" + deckId, getTranslation("deck.editor.assign"));
        assign.addClassName("qd-editor-link-button");
        assign.getElement().setAttribute("title", getTranslation("deck.editor.assign-tip"));
        var duplicate = new Button(getTranslation("deck.editor.duplicate"), VaadinIcon.COPY_O.create(), e -> duplicate());
        actions.add(preview, assign, duplicate);
        for (var b : List.of(preview, duplicate)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        if (deck.canManage()) {
            var archive = new Button(getTranslation(deck.archivedAt() == null ? "deck.editor.archive" : "deck.editor.unarchive"), VaadinIcon.ARCHIVE.create(),
                    e -> {
                        decks.setArchived(deckId, deck.archivedAt() == null);
                        Notifications.success(getTranslation(deck.archivedAt() == null ? "deck.editor.archived"
                                : "deck.editor.unarchived"));
                        load();
                    });
            var trash = new Button(getTranslation("deck.editor.delete-deck"), VaadinIcon.TRASH.create(), e -> confirmTrash());
            archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            trash.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(archive, trash);
        }
    }

    private void duplicate() {
        try {
            var copy = decks.duplicate(deckId);
            Notifications.success(getTranslation("deck.editor.copied"));
            getUI().ifPresent(ui -> ui.navigate("decks/" + copy + "/edit"));
        } catch (AccessDeniedException | IllegalStateException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void confirmTrash() {
        var dialog = new ConfirmDialog(getTranslation("deck.editor.trash-title", deck.details().title()),
                getTranslation("deck.editor.trash-text"),
                getTranslation("deck.editor.trash-confirm"), e -> {
                    decks.moveToTrash(deckId);
                    var title = deck.details().title();
                    getUI().ifPresent(ui -> ui.navigate("decks"));
                    undoNotification(getTranslation("deck.editor.trashed", title), () -> decks.restoreFromTrash(deckId));
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    static void undoNotification(String text, Runnable undo) {
        var notification = new Notification();
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        var undoButton = new Button(com.vaadin.flow.i18n.I18NProvider.translate("deck.undo"), e -> {
            undo.run();
            notification.close();
            Notifications.success(com.vaadin.flow.i18n.I18NProvider.translate("deck.undone"));
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var box = new Div(new Span(text), undoButton);
        box.addClassName("qd-editor-undo");
        notification.add(box);
        notification.open();
    }

    // ---------------------------------------------------------------------------------------------
    // Details

    private Details detailsSection() {
        titleField.setRequiredIndicatorVisible(true);
        titleField.setWidthFull();
        FieldPaths.tag(titleField, "title");
        description.setWidthFull();
        description.setMinRows(2);
        description.setHelperText(getTranslation("deck.form.markdown-help"));
        FieldPaths.tag(description, "description");
        descriptionPreview.addClassName("qd-editor-description-preview");
        descriptionPreview.getElement().setAttribute("aria-label", getTranslation("deck.details.preview"));
        FieldPaths.tag(sourceTitle, "source.title");
        FieldPaths.tag(sourceAuthor, "source.author");
        FieldPaths.tag(sourceDate, "source.date");
        sourceDate.setPlaceholder(getTranslation("deck.details.date-example"));
        FieldPaths.tag(sourceUrl, "source.url");
        for (var f : List.of(titleField, sourceTitle, sourceAuthor, sourceDate, sourceUrl)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> detailsChanged());
        }
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> detailsChanged());
        var source = new Div(sourceTitle, sourceAuthor, sourceDate, sourceUrl);
        source.addClassName("qd-editor-source-fields");
        saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDetails.addClickListener(e -> saveDetails());
        detailsStatus.addClassName("qd-editor-status");
        previewLabel.setText(getTranslation("deck.details.preview"));
        previewLabel.addClassName("qd-editor-preview-label");
        var save = new Div(detailsStatus, saveDetails);
        save.addClassName("qd-editor-details-save");
        var content = new Div(titleField, description, previewLabel, descriptionPreview, source, tagSlot, save);
        content.addClassName("qd-editor-details");
        detailsBox.setSummaryText(getTranslation("deck.details.summary"));
        detailsBox.add(content);
        detailsBox.addClassNames("qd-card", "qd-editor-details-card");
        return detailsBox;
    }

    private void loadDetails(DeckDetails d) {
        shownDetails = d;
        var source = d.source() == null ? new DeckSource(null, null, null, null) : d.source();
        titleField.setValue(d.title() == null ? "" : d.title());
        description.setValue(d.description() == null ? "" : d.description());
        sourceTitle.setValue(nz(source.title()));
        sourceAuthor.setValue(nz(source.author()));
        sourceDate.setValue(nz(source.date()));
        sourceUrl.setValue(nz(source.url()));
        Set<String> known = new TreeSet<>();
        deck.questions().forEach(q -> known.addAll(q.question().tags()));
        deckTags = new TagField(getTranslation("deck.details.tags"), known, d.tags());
        FieldPaths.tag(deckTags, "tags");
        deckTags.addValueChangeListener(e -> detailsChanged());
        tagSlot.removeAll();
        tagSlot.add(deckTags);
        detailsBox.setOpened(deck.questions().isEmpty() && editable());
        ReadOnly.apply(detailsBox, !editable());
        saveDetails.setVisible(editable());
        FieldPaths.apply(detailsBox, List.of());
        detailsChanged();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private DeckDetails readDetails() {
        return new DeckDetails(titleField.getValue(), description.getValue(),
                new DeckSource(sourceTitle.getValue(), sourceAuthor.getValue(), sourceDate.getValue(), sourceUrl.getValue()),
                deckTags == null ? List.of() : deckTags.tags());
    }

    boolean detailsDirty() {
        if (deckTags == null || shownDetails == null) {
            return false;
        }
        return !normalised(readDetails()).equals(normalised(shownDetails));
    }

    private static DeckDetails normalised(DeckDetails d) {
        var s = d.source() == null ? new DeckSource(null, null, null, null) : d.source();
        var source = new DeckSource(blankNull(s.title()), blankNull(s.author()), blankNull(s.date()), blankNull(s.url()));
        boolean none = source.title() == null && source.author() == null && source.date() == null && source.url() == null;
        return new DeckDetails(blankNull(d.title()), blankNull(d.description()), none ? null : source,
                d.tags().stream().map(String::strip).distinct().toList());
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void detailsChanged() {
        HtmlText.set(descriptionPreview, Markdown.toSafeHtml(description.getValue()));
        descriptionPreview.setVisible(!description.getValue().isBlank());
        previewLabel.setVisible(!description.getValue().isBlank());
        var problems = new ArrayList<com.quizdeck.content.RuleViolation>();
        if (titleField.getValue().isBlank()) {
            problems.add(new com.quizdeck.content.RuleViolation("title", getTranslation("deck.details.needs-title")));
        }
        FieldPaths.apply(detailsBox, problems);
        boolean dirty = detailsDirty();
        saveDetails.setEnabled(dirty && problems.isEmpty());
        detailsStatus.setText(dirty ? getTranslation("deck.details.unsaved") : "");
    }

    void saveDetails() {
        try {
            var saved = decks.updateDetails(deckId, shownDetails, readDetails());
            Notifications.success(getTranslation("deck.details.saved"));
            deck = decks.editableDeck(deckId);
            title.setText(saved.title());
            loadDetails(saved);
            detailsBox.setOpened(true);
        } catch (InvalidContentException e) {
            FieldPaths.apply(detailsBox, e.violations());
            Notifications.error(getTranslation("deck.not-saved", e.getMessage()));
        } catch (EditConflictException e) {
            var dialog = new ConfirmDialog(getTranslation("deck.details.conflict"), e.getMessage(), getTranslation("deck.details.reload"),
                    ev -> load());
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("deck.details.keep"));
            dialog.open();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Questions

    private Div questionsSection() {
        search.setPlaceholder(getTranslation("deck.filter.search"));
        search.setAriaLabel(getTranslation("deck.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        typeFilter.setAriaLabel(getTranslation("deck.filter.type"));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("deck.filter.all-types"));
        typeFilter.setItems(QuestionType.values());
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("deck.filter.all-types") : TypeInfo.label(t));
        typeFilter.addValueChangeListener(e -> applyFilter());
        tagFilter.setPlaceholder(getTranslation("deck.filter.any-tag"));
        tagFilter.setAriaLabel(getTranslation("deck.filter.tag"));
        tagFilter.setClearButtonVisible(true);
        tagFilter.addValueChangeListener(e -> applyFilter());
        var filters = new Div(search, typeFilter, tagFilter);
        filters.addClassName("qd-editor-filters");

        selectAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rows.stream().filter(QuestionRow::isVisible).forEach(r -> r.select.setValue(e.getValue()));
                selectionChanged();
            }
        });
        tagSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        tagSelected.addClickListener(e -> openTagDialog());
        deleteSelected.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        deleteSelected.addClickListener(e -> confirmDeleteSelected());
        filterNote.addClassName("qd-muted");
        bulkBar.add(selectAll, tagSelected, deleteSelected, filterNote);
        bulkBar.addClassName("qd-editor-bulk");

        list.addClassName("qd-editor-questions");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("deck.editor.list-label"));
        live.addClassName("qd-editor-sr-only");
        live.getElement().setAttribute("aria-live", "polite");
        var section = new Div(questionsTitle, filters, bulkBar, live, list);
        section.addClassName("qd-section");
        return section;
    }

    private void renderQuestions() {
        list.removeAll();
        rows.clear();
        questionsTitle.setText(getTranslation("deck.editor.questions", deck.questions().size()));
        var tags = new TreeSet<String>();
        deck.questions().forEach(q -> tags.addAll(q.question().tags()));
        var keepTag = tagFilter.getValue();
        tagFilter.setItems(tags);
        if (keepTag != null && tags.contains(keepTag)) {
            tagFilter.setValue(keepTag);
        }
        bulkBar.setVisible(editable() && !deck.questions().isEmpty());
        if (deck.questions().isEmpty()) {
            // A list must hold list items; the empty state is not one (axe: aria-required-children).
            list.getElement().removeAttribute("role");
            list.add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("deck.editor.none"),
                    getTranslation(editable() ? "deck.editor.none-text" : "deck.editor.empty")));
            return;
        }
        list.getElement().setAttribute("role", "list");
        for (int i = 0; i < deck.questions().size(); i++) {
            var row = new QuestionRow(this, deck.questions().get(i), i, deck.questions().size(), editable());
            rows.add(row);
            list.add(row);
        }
        applyFilter();
        selectionChanged();
    }

    boolean filtering() {
        return !search.getValue().isBlank() || typeFilter.getValue() != null || tagFilter.getValue() != null;
    }

    void applyFilter() {
        var q = search.getValue().strip().toLowerCase(Locale.ROOT);
        var type = typeFilter.getValue();
        var tag = tagFilter.getValue();
        int shown = 0;
        for (var row : rows) {
            var question = row.question.question();
            boolean match = (type == null || question.type() == type)
                    && (tag == null || question.tags().contains(tag))
                    && (q.isEmpty() || row.searchText().contains(q));
            row.setVisible(match);
            row.setReorderable(!filtering());
            shown += match ? 1 : 0;
        }
        filterNote.setText(filtering() ? getTranslation("deck.filter.showing", shown, rows.size())
                : getTranslation("deck.filter.reorder"));
    }

    void selectionChanged() {
        var selected = selected();
        tagSelected.setEnabled(!selected.isEmpty());
        deleteSelected.setEnabled(!selected.isEmpty());
        tagSelected.setText(selected.isEmpty() ? getTranslation("deck.editor.tag") : getTranslation("deck.editor.tag-n", selected.size()));
        deleteSelected.setText(selected.isEmpty() ? getTranslation("deck.editor.delete") : getTranslation("deck.editor.delete-n", selected.size()));
        long visible = rows.stream().filter(QuestionRow::isVisible).count();
        selectAll.setValue(visible > 0 && rows.stream().filter(QuestionRow::isVisible).allMatch(r -> r.select.getValue()));
    }

    List<Long> selected() {
        return rows.stream().filter(r -> r.isVisible() && r.select.getValue()).map(r -> r.question.questionId()).toList();
    }

    /** Moves the question in {@code row} by {@code delta} places and keeps the keyboard on its button. */
    void move(QuestionRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        reorder(from, to, delta < 0);
    }

    void dropped(QuestionRow dragged, QuestionRow target) {
        if (filtering() || dragged == target) {
            return;
        }
        int from = rows.indexOf(dragged);
        int to = rows.indexOf(target);
        if (from >= 0 && to >= 0) {
            reorder(from, to, null);
        }
    }

    private void reorder(int from, int to, Boolean focusUp) {
        var order = new ArrayList<>(deck.questions().stream().map(EditorQuestion::questionId).toList());
        var moved = order.remove(from);
        order.add(to, moved);
        try {
            decks.reorder(deckId, order);
        } catch (EditConflictException e) {
            Notifications.error(e.getMessage());
            load();
            return;
        }
        var selection = new HashSet<>(selected());
        load();
        rows.forEach(r -> r.select.setValue(selection.contains(r.question.questionId())));
        selectionChanged();
        var row = rows.get(to);
        if (focusUp != null) {
            var button = focusUp ? row.up : row.down;
            (button.isEnabled() ? button : (focusUp ? row.down : row.up)).focus();
        }
        announce(getTranslation("deck.editor.moved", row.question.key(), to + 1, rows.size()));
    }

    private void announce(String text) {
        live.setText(text);
    }

    void edit(EditorQuestion q) {
        getUI().ifPresent(ui -> ui.navigate("decks/" + deckId + "/questions/" + q.questionId()));
    }

    void delete(List<Long> ids) {
        int n = decks.removeQuestions(deckId, ids);
        load();
        undoNotification(getTranslation("deck.editor.deleted", n), () -> {
            decks.restoreQuestions(deckId, ids);
            load();
        });
    }

    private void confirmDeleteSelected() {
        var ids = selected();
        var dialog = new ConfirmDialog(getTranslation("deck.editor.delete-title", ids.size()),
                getTranslation("deck.editor.delete-text"), getTranslation("deck.editor.delete"),
                e -> delete(ids));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void openTagDialog() {
        var ids = selected();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("deck.tag.title", ids.size()));
        var tag = new ComboBox<String>(getTranslation("deck.tag.tag"));
        var known = new TreeSet<String>();
        deck.questions().forEach(q -> known.addAll(q.question().tags()));
        tag.setItems(known);
        tag.setAllowCustomValue(true);
        tag.addCustomValueSetListener(e -> {
            known.add(e.getDetail());
            tag.setItems(known);
            tag.setValue(e.getDetail());
        });
        tag.setWidthFull();
        tag.setHelperText(getTranslation("deck.tag.help"));
        var apply = new Button(getTranslation("deck.tag.add"), e -> {
            try {
                int changed = decks.tagQuestions(deckId, ids, tag.getValue());
                dialog.close();
                load();
                Notifications.success(getTranslation(changed < ids.size() ? "deck.tag.done-some" : "deck.tag.done", changed,
                        tag.getValue().strip()));
            } catch (InvalidContentException ex) {
                tag.setInvalid(true);
                tag.setErrorMessage(ex.violations().getFirst().message());
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(tag);
        dialog.getFooter().add(new Button(getTranslation("deck.cancel"), e -> dialog.close()), apply);
        dialog.open();
        tag.focus();
    }

    // ---------------------------------------------------------------------------------------------
    // Co-authors

    private Div coauthorsSection() {
        var heading = new H3(getTranslation("deck.coauthors.title"));
        var help = new Paragraph(getTranslation("deck.coauthors.help"));
        help.addClassName("qd-muted");
        coauthorList.addClassName("qd-editor-coauthors");
        coauthorName.setPlaceholder(getTranslation("deck.coauthors.placeholder"));
        FieldPaths.tag(coauthorName, "coauthor");
        addCoauthor.addClickListener(e -> addCoauthor());
        addCoauthor.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(coauthorName);
        coauthorForm.add(coauthorName, addCoauthor);
        coauthorForm.addClassName("qd-editor-coauthor-form");
        var section = new Div(heading, help, ownerLine, coauthorList, coauthorForm);
        section.addClassName("qd-section");
        return section;
    }

    private void renderCoauthors() {
        ownerLine.setText(deck.ownerName() == null ? getTranslation("deck.coauthors.no-owner")
                : getTranslation("deck.coauthors.owner", deck.ownerName()));
        coauthorList.removeAll();
        if (deck.coauthors().isEmpty()) {
            var none = new Span(getTranslation("deck.coauthors.none"));
            none.addClassName("qd-muted");
            coauthorList.add(none);
        }
        for (Coauthor c : deck.coauthors()) {
            var chip = new Div(VaadinIcon.USER.create(), new Span(c.displayName() + " (" + c.username() + ")"));
            chip.addClassName("qd-editor-chip");
            if (deck.canManage()) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    decks.removeCoauthor(deckId, c.userId());
                    Notifications.success(getTranslation("deck.coauthors.removed", c.displayName()));
                    load();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(getTranslation("deck.coauthors.remove", c.displayName()));
                chip.add(remove);
            }
            coauthorList.add(chip);
        }
        coauthorForm.setVisible(deck.canManage() && deck.deletedAt() == null);
    }

    void addCoauthor() {
        try {
            var added = decks.addCoauthor(deckId, coauthorName.getValue());
            coauthorName.clear();
            coauthorName.setInvalid(false);
            Notifications.success(getTranslation("deck.coauthors.added", added.displayName()));
            load();
        } catch (InvalidContentException e) {
            coauthorName.setErrorMessage(e.violations().getFirst().message());
            coauthorName.setInvalid(true);
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (deck == null || !editable() || !detailsDirty()) {
            return;
        }
        var action = event.postpone();
        var dialog = new ConfirmDialog(getTranslation("deck.discard.title"),
                getTranslation("deck.discard.text"), getTranslation("deck.discard.confirm"), e -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("deck.discard.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deck.editor.page-title.plain");
    }
}
