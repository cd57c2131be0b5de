package com.quizdeck.live.ui;

import com.quizdeck.live.LiveReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.Locale;

/** The end-of-game report: per player, per question, and every answer. */
class ReportPanel extends Div {

    ReportPanel(LiveReport report) {
        addClassName("qd-live-report");
        var players = new Grid<LiveReport.PlayerLine>();
        players.addColumn(LiveReport.PlayerLine::rank).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
        players.addColumn(l -> l.name() + (l.guest() ? " (guest)" : "")).setHeader("Player").setFlexGrow(1);
        players.addColumn(LiveReport.PlayerLine::score).setHeader("Points").setAutoWidth(true).setFlexGrow(0);
        players.addColumn(l -> l.correct() + " of " + l.answered()).setHeader("Right").setAutoWidth(true).setFlexGrow(0);
        players.setItems(report.players());
        players.setAllRowsVisible(true);
        players.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        players.setAriaLabel("Players");

        var questions = new Grid<LiveReport.QuestionLine>();
        questions.addColumn(q -> q.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> q.prompt() + (q.skipped() ? " (skipped)" : "")).setHeader("Question").setFlexGrow(1);
        questions.addColumn(q -> q.correct() + " of " + q.answered()).setHeader("Right").setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> String.format(Locale.ROOT, "%.0f%%", q.averageFraction() * 100)).setHeader("Mean score")
                .setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> String.format(Locale.ROOT, "%.1f s", q.averageMillis() / 1000.0)).setHeader("Mean time")
                .setAutoWidth(true).setFlexGrow(0);
        questions.setItems(report.questions());
        questions.setAllRowsVisible(true);
        questions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.setAriaLabel("Questions");

        var answers = new Grid<LiveReport.AnswerLine>();
        answers.addColumn(a -> a.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(LiveReport.AnswerLine::playerName).setHeader("Player").setAutoWidth(true);
        answers.addColumn(LiveReport.AnswerLine::answerText).setHeader("Answer").setFlexGrow(1);
        answers.addColumn(a -> a.fraction() >= 1 ? "✓ right" : a.fraction() > 0 ? "◐ partly" : "✗ wrong")
                .setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(a -> a.counted() ? String.valueOf(a.points()) : "0 (skipped)").setHeader("Points")
                .setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(a -> String.format(Locale.ROOT, "%.1f s", a.answerMillis() / 1000.0)).setHeader("Time")
                .setAutoWidth(true).setFlexGrow(0);
        answers.setItems(report.answers());
        answers.setAllRowsVisible(true);
        answers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        answers.setAriaLabel("All answers");

        add(new H2("Report"), new H3("Players"), players, new H3("Questions"), questions,
                new H3("All answers (" + report.answers().size() + ")"), answers);
    }
}
