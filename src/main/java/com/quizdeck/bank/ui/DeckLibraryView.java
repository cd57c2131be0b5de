package com.quizdeck.bank.ui;

import com.quizdeck.bank.BankWriter;
import com.quizdeck.bank.QuestionBankExporter;
import com.quizdeck.bank.QuestionBankImporter;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Instructors: the deck library (shipped decks, their own and co-authored ones), new decks, import
 * and export of bank files, and per deck: edit, give to a class, download, duplicate, archive, delete.
 */
@Route("decks")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class DeckLibraryView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final DeckService decks;
    private final QuestionBankExporter exporter;
    final Div list = new Div();
    private final ClassroomService classrooms;
    private final TextField search = new TextField();
    private final Div body = new Div();
    private List<DeckSummary> all = List.of();
    final Button importButton = new Button(getTranslation("bank.library.import"), VaadinIcon.UPLOAD.create());
    final Button newDeck = new Button(getTranslation("bank.library.new"), VaadinIcon.PLUS.create());
    final Checkbox showArchived = new Checkbox(getTranslation("bank.library.show-archived"));
    final Select<String> sort = new Select<>();

    DeckLibraryView(DeckService decks, QuestionBankImporter importer, QuestionBankExporter exporter,
            ClassroomService classrooms) {
        this.decks = decks;
        this.exporter = exporter;
        this.classrooms = classrooms;
        addClassName("qd-page");

        var title = new H2(getTranslation("bank.library.title"));
        newDeck.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The editor lives in the deck module; it is reached by its route, so bank does not depend on its views.
        newDeck.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("decks/new")));
        importButton.addClickListener(e -> new ImportDialog(importer, this::refresh).open());
        var trash = new Anchor("decks/trash", getTranslation("bank.library.trash"));
        trash.addClassName("qd-library-trash");
        var head = new HorizontalLayout(title, newDeck, importButton, trash);
        head.setWrap(true);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var intro = new Paragraph(getTranslation("bank.library.intro"));
        intro.addClassName("qd-muted");

        search.setPlaceholder(getTranslation("bank.library.search"));
        search.setAriaLabel(getTranslation("bank.library.search-label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> applyFilter());
        sort.setItems(SORT_TITLE, SORT_EDITED, SORT_SIZE);
        sort.setItemLabelGenerator(s -> getTranslation("bank.library.sort." + s));
        sort.setValue(SORT_TITLE);
        sort.setAriaLabel(getTranslation("bank.library.sort-label"));
        sort.addValueChangeListener(e -> applyFilter());
        showArchived.addValueChangeListener(e -> applyFilter());
        var tools = new HorizontalLayout(search, sort, showArchived);
        tools.addClassName("qd-library-tools");
        tools.setAlignItems(HorizontalLayout.Alignment.CENTER);
        tools.setWrap(true);
        tools.expand(search);

        list.addClassName("qd-deck-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("bank.library.title"));

        add(head, intro, tools, body);
        refresh();
    }

    private void refresh() {
        all = decks.visibleDecks();
        applyFilter();
    }

    private static final String SORT_TITLE = "title";
    private static final String SORT_EDITED = "edited";
    private static final String SORT_SIZE = "size";

    private void applyFilter() {
        var q = search.getValue().strip().toLowerCase(Locale.ROOT);
        long archived = all.stream().filter(DeckSummary::archived).count();
        showArchived.setLabel(getTranslation("bank.library.show-archived-count", archived));
        showArchived.setVisible(archived > 0);
        var order = switch (sort.getValue() == null ? SORT_TITLE : sort.getValue()) {
            case SORT_EDITED -> Comparator.comparing(DeckSummary::updatedAt).reversed();
            case SORT_SIZE -> Comparator.comparingLong(DeckSummary::questionCount).reversed();
            default -> Comparator.comparing((DeckSummary d) -> d.title().toLowerCase(Locale.ROOT));
        };
        var shown = all.stream().filter(d -> showArchived.getValue() || !d.archived())
                .filter(d -> q.isEmpty() || d.title().toLowerCase(Locale.ROOT).contains(q)
                || d.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q))).sorted(order).toList();
        body.removeAll();
        if (all.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.RECORDS, getTranslation("bank.library.none"), getTranslation("bank.library.none-text")));
        } else if (shown.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.SEARCH, getTranslation("bank.library.no-match"), getTranslation("bank.library.no-match-text")));
        } else {
            list.removeAll();
            shown.forEach(d -> list.add(card(d)));
            body.add(list);
        }
    }

    /** One deck as a card: fits a phone as well as a desktop grid of cards. */
    private Div card(DeckSummary d) {
        var link = new Anchor(editorRoute(d), d.title());
        link.addClassName("qd-library-deck-link");
        var name = new com.vaadin.flow.component.html.H3(link);
        name.addClassName("qd-card-title");
        var meta = new Span(d.slug() + (d.tags().isEmpty() ? "" : " · " + String.join(", ", d.tags())));
        meta.addClassName("qd-muted");
        var count = new Span(getTranslation("bank.library.questions", d.questionCount()));
        count.addClassName("qd-deck-count");
        var origin = new Span(getTranslation(d.archived() ? "bank.library.origin-archived" : "bank.library.origin",
                getTranslation(originKey(d)), DATE.withLocale(getLocale()).format(d.updatedAt()), d.contentVersion()));
        origin.addClassName("qd-muted");
        var give = new Button(getTranslation("bank.library.give"), VaadinIcon.ACADEMY_CAP.create(),
                e -> new ShareDialog(decks, classrooms, d).open());
        give.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        give.setAriaLabel(getTranslation("bank.library.give-label", d.title()));
        var download = new Button(getTranslation("bank.library.download"), VaadinIcon.DOWNLOAD.create(), e -> new ExportDialog(exporter, d).open());
        download.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        download.setAriaLabel(getTranslation("bank.library.download-label", d.title()));
        var open = new Button(getTranslation(d.editable() ? "bank.library.edit" : "bank.library.open"), (d.editable() ? VaadinIcon.EDIT : VaadinIcon.EYE).create(),
                e -> getUI().ifPresent(ui -> ui.navigate(editorRoute(d))));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel(getTranslation(d.editable() ? "bank.library.edit-label" : "bank.library.open-label", d.title()));
        var duplicate = new Button(getTranslation("bank.library.duplicate"), VaadinIcon.COPY_O.create(), e -> duplicate(d));
        duplicate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        duplicate.setAriaLabel(getTranslation("bank.library.duplicate-label", d.title()));
        var actions = new Div(open, give, download, duplicate);
        if (d.manageable()) {
            var archive = new Button(getTranslation(d.archived() ? "bank.library.unarchive" : "bank.library.archive"), VaadinIcon.ARCHIVE.create(), e -> {
                decks.setArchived(d.id(), !d.archived());
                Notifications.success(getTranslation(d.archived() ? "bank.library.unarchived" : "bank.library.archived",
                        d.title()));
                refresh();
            });
            archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            archive.setAriaLabel(getTranslation(d.archived() ? "bank.library.unarchive-label" : "bank.library.archive-label", d.title()));
            var delete = new Button(getTranslation("bank.library.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(d));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("bank.library.delete-label", d.title()));
            actions.add(archive, delete);
        }
        actions.addClassName("qd-row-actions");
        var card = new Div(name, meta, count, typeChips(d), origin, actions);
        card.addClassNames("qd-card", "qd-deck-card");
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    private static String editorRoute(DeckSummary d) {
        return "decks/" + d.id() + "/edit";
    }

    private static String originKey(DeckSummary d) {
        if (d.origin() == DeckOrigin.BANK) {
            return "bank.origin.library";
        }
        if (d.editable() && !d.manageable()) {
            return "bank.origin.co-author";
        }
        return d.origin() == DeckOrigin.IMPORT ? "bank.origin.imported" : "bank.origin.made-here";
    }

    private void duplicate(DeckSummary d) {
        var copy = decks.duplicate(d.id());
        Notifications.success(getTranslation("bank.library.copied", d.title()));
        getUI().ifPresent(ui -> ui.navigate("decks/" + copy + "/edit"));
    }

    private void confirmDelete(DeckSummary d) {
        var dialog = new ConfirmDialog(getTranslation("bank.library.delete-title", d.title()),
                getTranslation("bank.library.delete-text"), getTranslation("bank.library.delete-confirm"), e -> {
                    decks.moveToTrash(d.id());
                    refresh();
                    var notification = new Notification();
                    notification.setDuration(10_000);
                    notification.setPosition(Notification.Position.BOTTOM_CENTER);
                    var undo = new Button(getTranslation("bank.library.undo"), ev -> {
                        decks.restoreFromTrash(d.id());
                        notification.close();
                        refresh();
                    });
                    undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    notification.add(new Span(getTranslation("bank.library.trashed", d.title()) + " "), undo);
                    notification.open();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Span typeChips(DeckSummary d) {
        var text = new Span(String.join(" · ", d.questionsByType().entrySet().stream()
                .map(e -> getTranslation("bank.type-count", e.getValue(), label(e.getKey()).toLowerCase(getLocale())))
                .toList()));
        text.addClassName("qd-type-summary");
        return text;
    }

    /** The type's name as the bank files spell it, in words ("Single choice"). */
    static String label(QuestionType type) {
        return com.vaadin.flow.i18n.I18NProvider.translate("bank.type." + type.wireName());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.library.page-title");
    }
}
