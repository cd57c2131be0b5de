package com.quizdeck.dashboard.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.dashboard.DashboardService;
import com.quizdeck.dashboard.ItemAnalysis;
import com.quizdeck.dashboard.stats.DistractorHint;
import com.quizdeck.dashboard.stats.OptionCount;
import com.quizdeck.dashboard.stats.QuestionStatistics;
import com.quizdeck.dashboard.stats.ScoreHistogram;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Item analysis of one quiz, as Moodle's quiz statistics report: which attempts count (first, best, last, all), the
 * score distribution, quiz figures, and per question facility, standard deviation, discrimination index and
 * discriminative efficiency, with option counts and hints for choice questions. Every table downloads as CSV.
 */
@Route("dashboard/quiz/:quizId")
@StyleSheet("styles/dashboard.css")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class QuizAnalysisView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    final RadioButtonGroup<WhichAttempts> which = new RadioButtonGroup<>();
    private final Div content = new Div();
    private Long quizId;
    private String title = "";
    ItemAnalysis analysis;

    QuizAnalysisView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassNames("qd-page", "qd-dashboard", "qd-quiz-analysis");
        which.setLabel(getTranslation("dashboard.quiz.which"));
        which.setItems(WhichAttempts.values());
        which.setItemLabelGenerator(w -> getTranslation("dashboard.quiz.which." + w.name().toLowerCase(Locale.ROOT)));
        which.setHelperText(getTranslation("dashboard.quiz.which.help"));
        which.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "dashboard/quiz/" + quizId + "?attempts="
                        + e.getValue().name().toLowerCase(Locale.ROOT));
                load(e.getValue());
            }
        });
        content.addClassName("qd-dash-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quizId = event.getRouteParameters().getLong("quizId").orElse(-1L);
        var param = event.getLocation().getQueryParameters().getSingleParameter("attempts").orElse("first");
        var choice = WhichAttempts.FIRST;
        for (var w : WhichAttempts.values()) {
            if (w.name().equalsIgnoreCase(param)) {
                choice = w;
            }
        }
        which.setValue(choice);
        load(choice);
    }

    @Override
    public String getPageTitle() {
        return title + " · Quizdeck";
    }

    private void load(WhichAttempts choice) {
        analysis = dashboards.itemAnalysis(quizId, choice);
        title = getTranslation("dashboard.quiz.title", analysis.title());
        removeAll();
        content.removeAll();
        add(Page.head(title, analysis.className(), Page.back("dashboard/class/" + analysis.classId(),
                getTranslation("dashboard.back.class", analysis.className()))), Page.toolbar(which), content);
        if (analysis.attempts().isEmpty()) {
            content.add(new EmptyState(VaadinIcon.CHART, getTranslation("dashboard.quiz.empty.title"),
                    getTranslation("dashboard.quiz.empty.text")));
            return;
        }
        if (analysis.questionsDrawn() != null) {
            var note = new Paragraph(getTranslation("dashboard.quiz.drawn", analysis.questionsDrawn()));
            note.addClassName("qd-note");
            content.add(note);
        }
        content.add(summary(), histogram(), questions(), distractors(), attempts());
    }

    private Div summary() {
        var q = analysis.report().quiz();
        return Page.section("qd-quiz-summary", new H3(getTranslation("dashboard.quiz.summary")), Page.figures(
                new Page.Figure(getTranslation("dashboard.quiz.counted"), String.valueOf(q.attemptCount())),
                new Page.Figure(getTranslation("dashboard.quiz.mean"), score(q.mean())),
                new Page.Figure(getTranslation("dashboard.quiz.median"), score(q.median())),
                new Page.Figure(getTranslation("dashboard.quiz.sd"), score(q.standardDeviation())),
                new Page.Figure(getTranslation("dashboard.quiz.cic"), Page.percent(q.internalConsistency())),
                new Page.Figure(getTranslation("dashboard.quiz.se"), score(q.standardError()))));
    }

    private static String score(com.quizdeck.dashboard.stats.Score s) {
        return s == null ? "–" : String.format(Locale.ROOT, "%.1f %% (%.2f)", s.percent(), s.marks());
    }

    private Div histogram() {
        var buckets = analysis.report().histogram().buckets();
        var labels = buckets.stream().map(QuizAnalysisView::band).toList();
        var counts = buckets.stream().map(b -> (double) b.count()).toList();
        var q = analysis.report().quiz();
        var chart = new Chart(Chart.Kind.BAR, getTranslation("dashboard.quiz.histogram.description",
                q.attemptCount(), q.mean() == null ? "–" : Page.percent(q.mean().percent()),
                q.median() == null ? "–" : Page.percent(q.median().percent())))
                .labels(labels).series(getTranslation("dashboard.quiz.histogram.series"), counts)
                .axes(getTranslation("dashboard.quiz.histogram.x"), getTranslation("dashboard.quiz.histogram.y"));
        chart.setId("score-histogram");
        return Page.section("qd-histogram", new ChartPanel(getTranslation("dashboard.quiz.histogram"), chart,
                getTranslation("dashboard.chart.table")));
    }

    static String band(ScoreHistogram.Bucket b) {
        return String.format(Locale.ROOT, "%.0f–%.0f%%", b.fromPercent(), b.toPercent());
    }

    private Div questions() {
        var table = new DataTable<ItemAnalysis.Item>()
                .number("#", ItemAnalysis.Item::slot, 0)
                .text(getTranslation("dashboard.quiz.q.question"), ItemAnalysis.Item::prompt).wide()
                .text(getTranslation("dashboard.quiz.q.type"), i -> i.type().wireName().replace('_', ' '))
                .number(getTranslation("dashboard.quiz.q.attempts"), i -> i.statistics().attemptCount(), 0)
                .number(getTranslation("dashboard.quiz.q.facility"), i -> i.statistics().facilityIndex(), 1)
                .number(getTranslation("dashboard.quiz.q.sd"), i -> i.statistics().standardDeviation(), 1)
                .number(getTranslation("dashboard.quiz.q.guess"), i -> i.statistics().randomGuessScore(), 1)
                .number(getTranslation("dashboard.quiz.q.di"), i -> i.statistics().discriminationIndex(), 1)
                .number(getTranslation("dashboard.quiz.q.de"), i -> i.statistics().discriminativeEfficiency(), 1)
                .text(getTranslation("dashboard.quiz.q.flag"), this::flag);
        var grid = table.grid(getTranslation("dashboard.quiz.questions"));
        grid.setItems(analysis.items());
        grid.setAllRowsVisible(true);
        grid.setId("item-table");

        var chart = new Chart(Chart.Kind.BAR, getTranslation("dashboard.quiz.items.description",
                analysis.items().size()))
                .labels(analysis.items().stream().map(i -> "Q" + i.slot()).toList())
                .series(getTranslation("dashboard.quiz.q.facility"),
                        ChartPanel.values(analysis.items(), i -> i.statistics().facilityIndex()))
                .series(getTranslation("dashboard.quiz.q.di"),
                        ChartPanel.values(analysis.items(), i -> i.statistics().discriminationIndex()))
                .axes(getTranslation("dashboard.quiz.items.x"), "%");
        var slug = "quiz-" + analysis.quizId();
        return Page.section("qd-items", new H3(getTranslation("dashboard.quiz.questions")),
                new Paragraph(getTranslation("dashboard.quiz.questions.help")),
                table.download(getTranslation("dashboard.csv"), slug + "-questions.csv", () -> DataTable.shown(grid)),
                grid, new ChartPanel(getTranslation("dashboard.quiz.items.chart"), chart,
                        getTranslation("dashboard.chart.table")));
    }

    private String flag(ItemAnalysis.Item item) {
        QuestionStatistics s = item.statistics();
        var flags = new ArrayList<String>();
        if (s.discriminationIndex() != null && s.discriminationIndex() < 0) {
            flags.add(getTranslation("dashboard.quiz.flag.negative"));
        } else if (s.dubious()) {
            flags.add(getTranslation("dashboard.quiz.flag.dubious"));
        }
        if (s.facilityIndex() != null && s.facilityIndex() < 20) {
            flags.add(getTranslation("dashboard.quiz.flag.hard"));
        } else if (s.facilityIndex() != null && s.facilityIndex() > 90) {
            flags.add(getTranslation("dashboard.quiz.flag.easy"));
        }
        return String.join("; ", flags);
    }

    record OptionLine(int slot, String prompt, String label, String text, boolean key, int count, double percent) {
    }

    private Div distractors() {
        var section = Page.section("qd-distractors", new H3(getTranslation("dashboard.quiz.options")),
                new Paragraph(getTranslation("dashboard.quiz.options.help")));
        var lines = new ArrayList<OptionLine>();
        for (var item : analysis.items()) {
            if (item.distractors() == null) {
                continue;
            }
            var texts = item.options().stream().collect(java.util.stream.Collectors.toMap(ItemAnalysis.Option::label,
                    ItemAnalysis.Option::text));
            var block = new Div();
            block.addClassName("qd-question-options");
            block.add(new H4(getTranslation("dashboard.quiz.options.question", item.slot(), item.prompt())));
            var hints = item.distractors().hints();
            if (!hints.isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("qd-hints");
                hints.forEach(h -> {
                    var icon = (h.kind() == DistractorHint.Kind.UNUSED_DISTRACTOR ? VaadinIcon.INFO_CIRCLE
                            : VaadinIcon.WARNING).create();
                    icon.getElement().setAttribute("aria-hidden", "true");
                    var li = new ListItem(icon, new com.vaadin.flow.component.html.Span(hint(h)));
                    li.addClassName("qd-hint-" + h.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    list.add(li);
                });
                block.add(list);
            }
            var optionLines = new ArrayList<OptionLine>();
            for (OptionCount o : item.distractors().options()) {
                optionLines.add(new OptionLine(item.slot(), item.prompt(), o.label(), texts.get(o.label()), o.key(),
                        o.count(), o.percent()));
            }
            lines.addAll(optionLines);
            var chart = new Chart(Chart.Kind.BAR, getTranslation("dashboard.quiz.options.description", item.slot(),
                    item.distractors().respondents(), optionLines.stream().map(o -> o.label() + " " + o.count())
                            .collect(java.util.stream.Collectors.joining(", "))))
                    .labels(optionLines.stream().map(o -> o.key() ? o.label() + " ✓" : o.label()).toList())
                    .series(getTranslation("dashboard.quiz.options.series"),
                            optionLines.stream().map(o -> (double) o.count()).toList())
                    .axes(getTranslation("dashboard.quiz.options.x"), getTranslation("dashboard.quiz.options.y"));
            var table = optionTable(false);
            var grid = table.grid(getTranslation("dashboard.quiz.options.question", item.slot(), item.prompt()));
            grid.setItems(optionLines);
            grid.setAllRowsVisible(true);
            block.add(grid);
            if (item.distractors().respondents() == 0) {
                block.add(new Paragraph(getTranslation("dashboard.quiz.options.nobody")));
            } else {
                var chartBox = new Div(chart);
                chartBox.addClassNames("qd-chart-box", "qd-chart-small");
                block.add(chartBox);
            }
            section.add(block);
        }
        if (lines.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.quiz.options.none")));
        } else {
            section.addComponentAtIndex(2, optionTable(true).download(getTranslation("dashboard.csv"),
                    "quiz-" + analysis.quizId() + "-options.csv", () -> lines));
        }
        return section;
    }

    private DataTable<OptionLine> optionTable(boolean withSlot) {
        var table = new DataTable<OptionLine>();
        if (withSlot) {
            table.number("#", OptionLine::slot, 0);
        }
        return table
                .text(getTranslation("dashboard.quiz.o.option"), OptionLine::label)
                .text(getTranslation("dashboard.quiz.o.text"), OptionLine::text).wide()
                .text(getTranslation("dashboard.quiz.o.key"), o -> o.key() ? getTranslation("dashboard.yes") : "")
                .number(getTranslation("dashboard.quiz.o.count"), OptionLine::count, 0)
                .number(getTranslation("dashboard.quiz.o.percent"), OptionLine::percent, 1);
    }

    /** The calculator's hints, in the reader's language. */
    private String hint(DistractorHint h) {
        return switch (h.kind()) {
            case WRONG_OPTION_PREFERRED -> h.message().startsWith("Most")
                    ? getTranslation("dashboard.hint.most", h.optionLabel())
                    : getTranslation("dashboard.hint.more", h.optionLabel());
            case UNUSED_DISTRACTOR -> getTranslation("dashboard.hint.unused", h.optionLabel());
            case NEGATIVE_DISCRIMINATION -> getTranslation("dashboard.hint.negative");
            case LOW_DISCRIMINATION -> getTranslation("dashboard.hint.low");
        };
    }

    private Div attempts() {
        var dates = Dates.of(UI.getCurrent());
        var table = new DataTable<ItemAnalysis.AttemptLine>()
                .text(getTranslation("dashboard.col.student"), ItemAnalysis.AttemptLine::studentName)
                .number(getTranslation("dashboard.quiz.a.no"), ItemAnalysis.AttemptLine::attemptNo, 0)
                .sorted(getTranslation("dashboard.quiz.a.submitted"), a -> dates.dateTime(a.submittedAt()),
                        ItemAnalysis.AttemptLine::submittedAt)
                .number(getTranslation("dashboard.quiz.a.score"), ItemAnalysis.AttemptLine::score, 1)
                .number(getTranslation("dashboard.quiz.a.max"), ItemAnalysis.AttemptLine::maxScore, 1)
                .number(getTranslation("dashboard.quiz.a.percent"), ItemAnalysis.AttemptLine::percent, 1)
                .text(getTranslation("dashboard.quiz.a.counted"),
                        a -> a.counted() ? getTranslation("dashboard.yes") : getTranslation("dashboard.no"));
        var grid = table.grid(getTranslation("dashboard.quiz.attempts"));
        grid.setItems(analysis.attempts());
        grid.setAllRowsVisible(true);
        grid.setId("attempt-table");
        return Page.section("qd-attempts", new H3(getTranslation("dashboard.quiz.attempts")),
                table.download(getTranslation("dashboard.csv"), "quiz-" + analysis.quizId() + "-attempts.csv",
                        () -> DataTable.shown(grid)), grid);
    }
}
