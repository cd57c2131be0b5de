package com.quizdeck.dashboard.ui;

import com.quizdeck.live.LiveReport;
import com.quizdeck.live.LiveSessionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;

/**
 * The report of one live game (the live module keeps it): players, and per question how many were right, partly
 * right or wrong, with the distribution of the answers given. For its host (or an admin).
 */
@Route("dashboard/live/:sessionId")
@StyleSheet("styles/dashboard.css")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LiveReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveSessionService live;
    LiveReport report;
    private String title = "";

    LiveReportView(LiveSessionService live) {
        this.live = live;
        addClassNames("qd-page", "qd-dashboard", "qd-live-dashboard");
    }

    @Override
    public String getPageTitle() {
        return title + " · Quizdeck";
    }

    /** How often one answer was given to one question. */
    record AnswerCount(int position, String prompt, String answer, String result, long count, double percent) {
    }

    record QuestionSplit(int position, String prompt, long right, long partly, long wrong) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        report = live.report(sessionId);
        var dates = Dates.of(UI.getCurrent());
        title = getTranslation("dashboard.live.title", report.title());
        removeAll();
        var head = Page.head(title, getTranslation("dashboard.live.subtitle", dates.dateTime(report.createdAt()),
                report.players().size()), Page.back("dashboard", getTranslation("dashboard.back.all")));
        head.add(new Anchor("live/" + sessionId + "/host", getTranslation("dashboard.live.host")));
        add(head, questions(), players());
    }

    private Div questions() {
        var prompts = new LinkedHashMap<Integer, String>();
        report.questions().forEach(q -> prompts.put(q.position(), q.prompt()));
        var splits = new ArrayList<QuestionSplit>();
        for (var q : report.questions()) {
            var answers = report.answers().stream().filter(a -> a.position() == q.position()).toList();
            splits.add(new QuestionSplit(q.position(), q.prompt(),
                    answers.stream().filter(a -> a.fraction() >= 1).count(),
                    answers.stream().filter(a -> a.fraction() > 0 && a.fraction() < 1).count(),
                    answers.stream().filter(a -> a.fraction() <= 0).count()));
        }
        var chart = new Chart(Chart.Kind.BAR, getTranslation("dashboard.live.chart.description", splits.size(),
                report.answers().size()))
                .labels(splits.stream().map(s -> "Q" + (s.position() + 1)).toList())
                .series(getTranslation("dashboard.live.right"), splits.stream().map(s -> (double) s.right()).toList(),
                        "#26734d")
                .series(getTranslation("dashboard.live.partly"), splits.stream().map(s -> (double) s.partly()).toList(),
                        "#c64600")
                .series(getTranslation("dashboard.live.wrong"), splits.stream().map(s -> (double) s.wrong()).toList(),
                        "#b3261e")
                .axes(getTranslation("dashboard.quiz.items.x"), getTranslation("dashboard.live.answers"))
                .stacked(true);
        chart.setId("live-chart");

        var counts = new ArrayList<AnswerCount>();
        for (var q : report.questions()) {
            var answers = report.answers().stream().filter(a -> a.position() == q.position()).toList();
            var byText = new LinkedHashMap<String, long[]>();
            var result = new LinkedHashMap<String, String>();
            for (var a : answers) {
                var text = a.answerText() == null ? "" : a.answerText();
                byText.computeIfAbsent(text, k -> new long[1])[0]++;
                result.put(text, a.fraction() >= 1 ? getTranslation("dashboard.live.right")
                        : a.fraction() > 0 ? getTranslation("dashboard.live.partly")
                                : getTranslation("dashboard.live.wrong"));
            }
            byText.entrySet().stream().sorted(Comparator.comparingLong((java.util.Map.Entry<String, long[]> e) ->
                    e.getValue()[0]).reversed()).forEach(e -> counts.add(new AnswerCount(q.position() + 1,
                            q.prompt(), e.getKey(), result.get(e.getKey()), e.getValue()[0],
                            answers.isEmpty() ? 0 : 100.0 * e.getValue()[0] / answers.size())));
        }
        var table = new DataTable<AnswerCount>()
                .number("#", AnswerCount::position, 0)
                .text(getTranslation("dashboard.quiz.q.question"), AnswerCount::prompt).wide()
                .text(getTranslation("dashboard.live.answer"), AnswerCount::answer)
                .text(getTranslation("dashboard.live.result"), AnswerCount::result)
                .number(getTranslation("dashboard.quiz.o.count"), AnswerCount::count, 0)
                .number(getTranslation("dashboard.quiz.o.percent"), AnswerCount::percent, 1);
        var grid = table.grid(getTranslation("dashboard.live.distribution"));
        grid.setItems(counts);
        grid.setAllRowsVisible(true);
        grid.setId("live-answers");
        var section = Page.section("qd-live-questions", new ChartPanel(getTranslation("dashboard.live.chart"), chart,
                getTranslation("dashboard.chart.table")), new H3(getTranslation("dashboard.live.distribution")));
        if (counts.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.live.none")));
        } else {
            section.add(table.download(getTranslation("dashboard.csv"), "live-" + report.sessionId() + "-answers.csv",
                    () -> DataTable.shown(grid)), grid);
        }
        return section;
    }

    private Div players() {
        var table = new DataTable<LiveReport.PlayerLine>()
                .number(getTranslation("dashboard.live.rank"), LiveReport.PlayerLine::rank, 0)
                .text(getTranslation("dashboard.live.player"), p -> p.guest()
                        ? getTranslation("dashboard.live.guest", p.name()) : p.name())
                .number(getTranslation("dashboard.live.points"), LiveReport.PlayerLine::score, 0)
                .number(getTranslation("dashboard.live.answered"), LiveReport.PlayerLine::answered, 0)
                .number(getTranslation("dashboard.live.right"), LiveReport.PlayerLine::correct, 0);
        var grid = table.grid(getTranslation("dashboard.live.players"));
        grid.setItems(report.players());
        grid.setAllRowsVisible(true);
        grid.setId("live-players");
        return Page.section("qd-live-players", new H3(getTranslation("dashboard.live.players")),
                table.download(getTranslation("dashboard.csv"), "live-" + report.sessionId() + "-players.csv",
                        () -> DataTable.shown(grid)), grid);
    }
}
