package com.quizdeck.dashboard.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.dashboard.ClassDashboard;
import com.quizdeck.dashboard.DashboardService;
import com.quizdeck.dashboard.StudentDeckRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A class at a glance for its instructor: every student × every deck given to the class with best and last quiz
 * score, completion, flashcards due, memory and last activity; filter by student and deck, sort by any column, open a
 * student, download what is shown as CSV. Below: the class's quizzes (item analysis) and live games (reports).
 */
@Route("dashboard/class/:classId")
@StyleSheet("styles/dashboard.css")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Long ALL_DECKS = -1L;

    private final DashboardService dashboards;
    final TextField studentFilter = new TextField();
    final Select<Long> deckFilter = new Select<>();
    Grid<StudentDeckRow> grid;
    private DataTable<StudentDeckRow> table;
    ClassDashboard dashboard;
    private String title = "";

    ClassDashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassNames("qd-page", "qd-dashboard", "qd-class-dashboard");
    }

    @Override
    public String getPageTitle() {
        return title + " · Quizdeck";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var classId = event.getRouteParameters().getLong("classId").orElse(-1L);
        dashboard = dashboards.classDashboard(classId);
        title = getTranslation("dashboard.class.title", dashboard.classroom().name());
        removeAll();
        var links = new Div(Page.back("dashboard", getTranslation("dashboard.back.all")),
                new Anchor("classes/" + classId, getTranslation("dashboard.class.roster")));
        links.addClassName("qd-dash-links");
        var head = Page.head(title, getTranslation("dashboard.class.subtitle", dashboard.students().size(),
                dashboard.decks().size()), null);
        head.addComponentAsFirst(links);
        add(head);
        if (dashboard.rows().isEmpty()) {
            add(new EmptyState(VaadinIcon.TABLE, getTranslation("dashboard.class.empty.title"),
                    getTranslation("dashboard.class.empty.text")));
        } else {
            add(gridSection(), deckChart());
        }
        add(quizzes(), live());
    }

    private Div gridSection() {
        var dates = Dates.of(UI.getCurrent());
        var classId = dashboard.classroom().id();
        table = new DataTable<StudentDeckRow>()
                .link(getTranslation("dashboard.col.student"), StudentDeckRow::studentName,
                        r -> "dashboard/class/" + classId + "/student/" + r.studentId())
                .text(getTranslation("dashboard.col.deck"), StudentDeckRow::deckTitle).wide();
        Columns.progress(table, this::getTranslation, dates);
        grid = table.grid(getTranslation("dashboard.class.grid"));
        grid.setItems(dashboard.rows());
        grid.setId("class-grid");
        grid.setAllRowsVisible(true);

        studentFilter.setLabel(getTranslation("dashboard.filter.student"));
        studentFilter.setClearButtonVisible(true);
        studentFilter.setValueChangeMode(ValueChangeMode.LAZY);
        studentFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        studentFilter.addValueChangeListener(e -> filter());
        var deckIds = new ArrayList<Long>();
        deckIds.add(ALL_DECKS);
        dashboard.decks().forEach(d -> deckIds.add(d.id()));
        deckFilter.setLabel(getTranslation("dashboard.filter.deck"));
        deckFilter.setItems(deckIds);
        deckFilter.setItemLabelGenerator(id -> Objects.equals(id, ALL_DECKS) ? getTranslation("dashboard.filter.all")
                : dashboard.decks().stream().filter(d -> d.id().equals(id)).findFirst()
                        .map(ClassDashboard.DeckRef::title).orElse(""));
        deckFilter.setValue(ALL_DECKS);
        deckFilter.addValueChangeListener(e -> filter());

        var csv = table.download(getTranslation("dashboard.csv"), "class-" + classId + "-students.csv",
                () -> DataTable.shown(grid));
        return Page.section("qd-class-grid", new H3(getTranslation("dashboard.class.grid")),
                new Paragraph(getTranslation("dashboard.class.grid.help")),
                Page.toolbar(studentFilter, deckFilter, csv), grid);
    }

    void filter() {
        var text = studentFilter.getValue() == null ? "" : studentFilter.getValue().strip().toLowerCase(Locale.ROOT);
        var deck = deckFilter.getValue();
        grid.getListDataView().setFilter(r -> (text.isEmpty() || r.studentName().toLowerCase(Locale.ROOT).contains(text))
                && (deck == null || ALL_DECKS.equals(deck) || deck.equals(r.deckId())));
    }

    private Div deckChart() {
        var labels = new ArrayList<String>();
        var best = new ArrayList<Double>();
        var memory = new ArrayList<Double>();
        for (var deck : dashboard.decks()) {
            var rows = dashboard.rows().stream().filter(r -> r.deckId().equals(deck.id())).toList();
            labels.add(deck.title());
            best.add(rows.stream().filter(r -> r.bestPercent() != null).mapToDouble(StudentDeckRow::bestPercent)
                    .average().stream().boxed().findFirst().orElse(null));
            memory.add(rows.stream().filter(r -> r.memory() != null).mapToDouble(r -> 100 * r.memory())
                    .average().stream().boxed().findFirst().orElse(null));
        }
        var chart = new Chart(Chart.Kind.BAR, getTranslation("dashboard.class.chart.description", labels.size()))
                .labels(labels).series(getTranslation("dashboard.class.chart.best"), best)
                .series(getTranslation("dashboard.class.chart.memory"), memory)
                .axes(getTranslation("dashboard.col.deck"), "%").yMax(100.0);
        chart.setId("class-chart");
        return Page.section("qd-class-chart", new ChartPanel(getTranslation("dashboard.class.chart"), chart,
                getTranslation("dashboard.chart.table")));
    }

    private Div quizzes() {
        var section = Page.section("qd-class-quizzes", new H3(getTranslation("dashboard.class.quizzes")));
        if (dashboard.quizzes().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.class.quizzes.none")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("qd-link-list");
        dashboard.quizzes().forEach(q -> list.add(new ListItem(new Anchor("dashboard/quiz/" + q.quizId(),
                getTranslation("dashboard.class.quiz.link", q.title())))));
        section.add(list);
        return section;
    }

    private Div live() {
        var section = Page.section("qd-class-live", new H3(getTranslation("dashboard.class.live")));
        if (dashboard.live().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.class.live.none")));
            return section;
        }
        var dates = Dates.of(UI.getCurrent());
        var table = new DataTable<ClassDashboard.LiveLine>()
                .text(getTranslation("dashboard.live.game"), ClassDashboard.LiveLine::title).wide()
                .sorted(getTranslation("dashboard.live.played"), l -> dates.dateTime(l.playedAt()),
                        ClassDashboard.LiveLine::playedAt)
                .number(getTranslation("dashboard.live.classPlayers"), ClassDashboard.LiveLine::classPlayers, 0)
                .number(getTranslation("dashboard.live.meanRight"), ClassDashboard.LiveLine::meanCorrectPercent, 1);
        var grid = table.grid(getTranslation("dashboard.class.live"));
        grid.setItems(dashboard.live());
        grid.setAllRowsVisible(true);
        var links = new UnorderedList();
        links.addClassName("qd-link-list");
        dashboard.live().forEach(l -> links.add(new ListItem(new Anchor("dashboard/live/" + l.sessionId(),
                getTranslation("dashboard.class.live.link", l.title(), dates.dateTime(l.playedAt()))))));
        section.add(links, table.download(getTranslation("dashboard.csv"), "class-" + dashboard.classroom().id()
                + "-live.csv", () -> DataTable.shown(grid)), grid);
        return section;
    }

    List<StudentDeckRow> shownRows() {
        return DataTable.shown(grid);
    }

    /** The CSV the download gives now: the rows shown, as shown. */
    byte[] csv() {
        return table.csv(shownRows());
    }
}
