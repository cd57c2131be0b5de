package com.quizdeck.bank.ui;

import com.quizdeck.bank.BankWriter;
import com.quizdeck.bank.QuestionBankExporter;
import com.quizdeck.bank.QuestionBankImporter;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Instructors: the deck library (shipped decks and their own uploads), import and export of bank files. */
@Route("decks")
@PageTitle("Decks · Quizdeck")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class DeckLibraryView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final DeckService decks;
    private final QuestionBankExporter exporter;
    final Div list = new Div();
    private final ClassroomService classrooms;
    private final TextField search = new TextField();
    private final Div body = new Div();
    private List<DeckSummary> all = List.of();
    final Button importButton = new Button("Import bank file", VaadinIcon.UPLOAD.create());

    DeckLibraryView(DeckService decks, QuestionBankImporter importer, QuestionBankExporter exporter,
            ClassroomService classrooms) {
        this.decks = decks;
        this.exporter = exporter;
        this.classrooms = classrooms;
        addClassName("qd-page");

        var title = new H2("Decks");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> new ImportDialog(importer, this::refresh).open());
        var head = new HorizontalLayout(title, importButton);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var intro = new Paragraph("The library ships with decks built from the article; import your own from "
                + "Quizdeck's format, Moodle GIFT or Aiken, or Quizlet/Anki CSV. Download any deck in those formats.");
        intro.addClassName("qd-muted");

        search.setPlaceholder("Search by title or tag");
        search.setAriaLabel("Search decks");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> applyFilter());

        list.addClassName("qd-deck-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", "Decks");

        add(head, intro, search, body);
        refresh();
    }

    private void refresh() {
        all = decks.visibleDecks();
        applyFilter();
    }

    private void applyFilter() {
        var q = search.getValue().strip().toLowerCase(Locale.ROOT);
        var shown = all.stream().filter(d -> q.isEmpty() || d.title().toLowerCase(Locale.ROOT).contains(q)
                || d.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q))).toList();
        body.removeAll();
        if (all.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.RECORDS, "No decks yet", "Import a bank file to create your first deck."));
        } else if (shown.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.SEARCH, "No deck matches", "Try another word or clear the search."));
        } else {
            list.removeAll();
            shown.forEach(d -> list.add(card(d)));
            body.add(list);
        }
    }

    /** One deck as a card: fits a phone as well as a desktop grid of cards. */
    private Div card(DeckSummary d) {
        var name = new com.vaadin.flow.component.html.H3(d.title());
        name.addClassName("qd-card-title");
        var meta = new Span(d.slug() + (d.tags().isEmpty() ? "" : " · " + String.join(", ", d.tags())));
        meta.addClassName("qd-muted");
        var count = new Span(d.questionCount() + (d.questionCount() == 1 ? " question" : " questions"));
        count.addClassName("qd-deck-count");
        var origin = new Span((d.origin() == DeckOrigin.BANK ? "Library" : "Imported") + " · updated "
                + DATE.format(d.updatedAt()) + " · version " + d.contentVersion());
        origin.addClassName("qd-muted");
        var give = new Button("Give to class", VaadinIcon.ACADEMY_CAP.create(),
                e -> new ShareDialog(decks, classrooms, d).open());
        give.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        give.setAriaLabel("Give " + d.title() + " to classes");
        var download = new Button("Download", VaadinIcon.DOWNLOAD.create(), e -> new ExportDialog(exporter, d).open());
        download.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        download.setAriaLabel("Download " + d.title());
        var actions = new Div(give, download);
        actions.addClassName("qd-row-actions");
        var card = new Div(name, meta, count, typeChips(d), origin, actions);
        card.addClassNames("qd-card", "qd-deck-card");
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    private static Span typeChips(DeckSummary d) {
        var text = new Span(String.join(" · ", d.questionsByType().entrySet().stream()
                .map(e -> e.getValue() + " " + label(e.getKey()).toLowerCase(Locale.ROOT)).toList()));
        text.addClassName("qd-type-summary");
        return text;
    }

    static String label(QuestionType type) {
        var s = type.wireName().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
