package com.quizdeck.dashboard.ui;

import com.quizdeck.dashboard.StudentDeckRow;
import com.quizdeck.dashboard.StudentReport;
import com.quizdeck.live.LiveResult;
import com.quizdeck.quiz.StudentScores;
import com.quizdeck.study.DayActivity;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sections of one student's progress, for the instructor's student page and the student's own "My progress":
 * figures, scores over time (chart), decks, weakest questions, flashcard activity (chart) and live games. Every table
 * downloads as CSV.
 */
final class ProgressSections {

    private final Columns.Translator tr;
    private final Dates dates;
    private final String filePrefix;
    private final boolean withClass;
    Grid<StudentDeckRow> deckGrid;

    ProgressSections(Columns.Translator tr, Dates dates, String filePrefix, boolean withClass) {
        this.tr = tr;
        this.dates = dates;
        this.filePrefix = filePrefix;
        this.withClass = withClass;
    }

    List<Div> build(StudentReport report) {
        return List.of(figures(report), scores(report), decks(report), weakest(report), activity(report),
                live(report));
    }

    private Div figures(StudentReport r) {
        var best = r.attempts().stream().mapToDouble(StudentScores.AttemptPoint::percent).max();
        return Page.section("qd-progress-figures", Page.figures(
                new Page.Figure(tr.t("dashboard.progress.attempts"), String.valueOf(r.attempts().size())),
                new Page.Figure(tr.t("dashboard.progress.best"), best.isPresent() ? Page.percent(best.getAsDouble())
                        : "–"),
                new Page.Figure(tr.t("dashboard.progress.due"),
                        String.valueOf(r.decks().stream().mapToLong(StudentDeckRow::cardsDue).sum())),
                new Page.Figure(tr.t("dashboard.progress.reviews"), String.valueOf(r.activity().reviews())),
                new Page.Figure(tr.t("dashboard.progress.streak"), tr.translate("dashboard.progress.streak.days",
                        r.streak()))));
    }

    private Div scores(StudentReport r) {
        var section = Page.section("qd-progress-scores");
        if (r.attempts().isEmpty()) {
            section.add(new H3(tr.t("dashboard.progress.scores")), new Paragraph(tr.t("dashboard.progress.scores.none")));
            return section;
        }
        var labels = r.attempts().stream().map(a -> dates.dateTime(a.submittedAt())).toList();
        var chart = new Chart(Chart.Kind.LINE, tr.translate("dashboard.progress.scores.description",
                r.attempts().size(), Page.percent(r.attempts().getFirst().percent()),
                Page.percent(r.attempts().getLast().percent())))
                .labels(labels)
                .series(tr.t("dashboard.progress.scores.series"),
                        r.attempts().stream().map(StudentScores.AttemptPoint::percent).toList())
                .axes(tr.t("dashboard.progress.scores.x"), "%").yMax(100.0);
        chart.setId("scores-chart");
        var table = new DataTable<StudentScores.AttemptPoint>()
                .sorted(tr.t("dashboard.quiz.a.submitted"), a -> dates.dateTime(a.submittedAt()),
                        StudentScores.AttemptPoint::submittedAt)
                .text(tr.t("dashboard.col.quiz"), StudentScores.AttemptPoint::quizTitle)
                .number(tr.t("dashboard.quiz.a.no"), StudentScores.AttemptPoint::attemptNo, 0)
                .number(tr.t("dashboard.quiz.a.score"), StudentScores.AttemptPoint::score, 1)
                .number(tr.t("dashboard.quiz.a.max"), StudentScores.AttemptPoint::maxScore, 1)
                .number(tr.t("dashboard.quiz.a.percent"), StudentScores.AttemptPoint::percent, 1);
        var grid = table.grid(tr.t("dashboard.progress.attemptsTable"));
        grid.setItems(r.attempts());
        grid.setAllRowsVisible(true);
        grid.setId("attempts-table");
        section.add(new ChartPanel(tr.t("dashboard.progress.scores"), chart, tr.t("dashboard.chart.table")),
                new H3(tr.t("dashboard.progress.attemptsTable")),
                table.download(tr.t("dashboard.csv"), filePrefix + "-attempts.csv", () -> DataTable.shown(grid)), grid);
        return section;
    }

    private Div decks(StudentReport r) {
        var table = new DataTable<StudentDeckRow>();
        if (withClass) {
            table.text(tr.t("dashboard.col.class"), StudentDeckRow::className);
        }
        table.text(tr.t("dashboard.col.deck"), StudentDeckRow::deckTitle).wide();
        Columns.progress(table, tr, dates);
        deckGrid = table.grid(tr.t("dashboard.progress.decks"));
        deckGrid.setItems(r.decks());
        deckGrid.setAllRowsVisible(true);
        deckGrid.setId("decks-table");
        var section = Page.section("qd-progress-decks", new H3(tr.t("dashboard.progress.decks")));
        var weakDecks = r.decks().stream().filter(d -> d.memory() != null || d.bestPercent() != null)
                .sorted(java.util.Comparator.comparingDouble(ProgressSections::strength)).limit(3).toList();
        if (!weakDecks.isEmpty()) {
            section.add(new Paragraph(tr.translate("dashboard.progress.weakDecks", weakDecks.stream()
                    .map(StudentDeckRow::deckTitle).collect(Collectors.joining(", ")))));
        }
        section.add(table.download(tr.t("dashboard.csv"), filePrefix + "-decks.csv", () -> DataTable.shown(deckGrid)),
                deckGrid);
        return section;
    }

    /** Lower is weaker: the mean of best score and memory, whichever are known (0..1). */
    static double strength(StudentDeckRow d) {
        double sum = 0;
        int n = 0;
        if (d.bestPercent() != null) {
            sum += d.bestPercent() / 100;
            n++;
        }
        if (d.memory() != null) {
            sum += d.memory();
            n++;
        }
        return n == 0 ? 1 : sum / n;
    }

    private Div weakest(StudentReport r) {
        var section = Page.section("qd-progress-weakest", new H3(tr.t("dashboard.progress.weakest")));
        if (r.weakest().isEmpty()) {
            section.add(new Paragraph(tr.t("dashboard.progress.weakest.none")));
            return section;
        }
        var table = new DataTable<StudentScores.QuestionScore>()
                .text(tr.t("dashboard.quiz.q.question"), StudentScores.QuestionScore::prompt).wide()
                .number(tr.t("dashboard.progress.answered"), StudentScores.QuestionScore::answered, 0)
                .number(tr.t("dashboard.progress.meanScore"), q -> 100 * q.meanFraction(), 1);
        var grid = table.grid(tr.t("dashboard.progress.weakest"));
        grid.setItems(r.weakest());
        grid.setAllRowsVisible(true);
        section.add(table.download(tr.t("dashboard.csv"), filePrefix + "-weakest.csv", () -> DataTable.shown(grid)),
                grid);
        return section;
    }

    private Div activity(StudentReport r) {
        var days = r.activity().days();
        var chart = new Chart(Chart.Kind.BAR, tr.translate("dashboard.progress.activity.description",
                r.activity().reviews(), days.size()))
                .labels(days.stream().map(d -> dates.day(d.day())).toList())
                .series(tr.t("dashboard.progress.activity.series"),
                        days.stream().map(d -> (double) d.reviews()).toList())
                .series(tr.t("dashboard.progress.activity.recalled"),
                        days.stream().map(d -> (double) d.recalled()).toList())
                .axes(tr.t("dashboard.progress.activity.x"), tr.t("dashboard.progress.activity.y"));
        chart.setId("activity-chart");
        var table = new DataTable<DayActivity>()
                .sorted(tr.t("dashboard.progress.day"), d -> d.day().toString(), DayActivity::day)
                .number(tr.t("dashboard.progress.activity.series"), DayActivity::reviews, 0)
                .number(tr.t("dashboard.progress.activity.recallReviews"), DayActivity::recallReviews, 0)
                .number(tr.t("dashboard.progress.activity.recalled"), DayActivity::recalled, 0);
        return Page.section("qd-progress-activity", new ChartPanel(tr.t("dashboard.progress.activity"), chart,
                tr.t("dashboard.chart.table")), table.download(tr.t("dashboard.csv"), filePrefix + "-activity.csv",
                        () -> days));
    }

    private Div live(StudentReport r) {
        var section = Page.section("qd-progress-live", new H3(tr.t("dashboard.progress.live")));
        if (r.live().isEmpty()) {
            section.add(new Paragraph(tr.t("dashboard.progress.live.none")));
            return section;
        }
        var table = new DataTable<LiveResult>()
                .text(tr.t("dashboard.live.game"), LiveResult::title).wide()
                .sorted(tr.t("dashboard.live.played"), l -> dates.dateTime(l.playedAt()), LiveResult::playedAt)
                .number(tr.t("dashboard.live.rank"), LiveResult::rank, 0)
                .number(tr.t("dashboard.live.players"), LiveResult::players, 0)
                .number(tr.t("dashboard.live.points"), LiveResult::score, 0)
                .number(tr.t("dashboard.live.answered"), LiveResult::answered, 0)
                .number(tr.t("dashboard.live.right"), LiveResult::correct, 0);
        var grid = table.grid(tr.t("dashboard.progress.live"));
        grid.setItems(r.live());
        grid.setAllRowsVisible(true);
        section.add(table.download(tr.t("dashboard.csv"), filePrefix + "-live.csv", () -> DataTable.shown(grid)),
                grid);
        return section;
    }
}
