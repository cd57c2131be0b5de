package com.quizdeck.bank.ui;

import com.quizdeck.bank.BankWriter;
import com.quizdeck.bank.QuestionBankExporter;
import com.quizdeck.bank.QuestionBankImporter;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
    final Grid<DeckSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div body = new Div();
    private List<DeckSummary> all = List.of();
    final Button importButton = new Button("Import bank file", VaadinIcon.UPLOAD.create());

    DeckLibraryView(DeckService decks, QuestionBankImporter importer, QuestionBankExporter exporter) {
        this.decks = decks;
        this.exporter = exporter;
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

        grid.addComponentColumn(DeckLibraryView::titleCell).setHeader("Deck").setFlexGrow(4)
                .setComparator(d -> d.title().toLowerCase(Locale.ROOT));
        grid.addColumn(DeckSummary::questionCount).setHeader("Questions").setFlexGrow(0).setAutoWidth(true)
                .setComparator(DeckSummary::questionCount);
        grid.addComponentColumn(DeckLibraryView::typeChips).setHeader("Types").setFlexGrow(3);
        grid.addColumn(d -> d.origin() == DeckOrigin.BANK ? "Library" : "Imported").setHeader("Origin")
                .setFlexGrow(1).setSortable(true);
        grid.addColumn(d -> DATE.format(d.updatedAt()) + " · v" + d.contentVersion()).setHeader("Updated")
                .setFlexGrow(1).setComparator(DeckSummary::updatedAt);
        grid.addComponentColumn(d -> {
            var download = new Button("Download", VaadinIcon.DOWNLOAD.create(),
                    e -> new ExportDialog(exporter, d).open());
            download.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            download.setAriaLabel("Download " + d.title());
            return download;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Decks");

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
            grid.setItems(shown);
            body.add(grid);
        }
    }

    private static Div titleCell(DeckSummary d) {
        var name = new Span(d.title());
        name.addClassName("qd-deck-title");
        var meta = new Span(d.slug() + (d.tags().isEmpty() ? "" : " · " + String.join(", ", d.tags())));
        meta.addClassName("qd-muted");
        var cell = new Div(name, meta);
        cell.addClassName("qd-deck-cell");
        return cell;
    }

    private static Div typeChips(DeckSummary d) {
        var chips = new Div();
        chips.addClassName("qd-chips");
        d.questionsByType().forEach((type, n) -> {
            var chip = new Span(label(type) + " " + n);
            chip.getElement().getThemeList().add("badge contrast small");
            chips.add(chip);
        });
        return chips;
    }

    static String label(QuestionType type) {
        var s = type.wireName().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
