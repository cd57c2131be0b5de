package com.quizdeck.live.ui;

import com.quizdeck.live.LiveReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;

/** The end-of-game report: per player, per question, and every answer. */
class ReportPanel extends Div {

    ReportPanel(LiveReport report) {
        addClassName("qd-live-report");
        var players = new Grid<LiveReport.PlayerLine>();
        players.addColumn(LiveReport.PlayerLine::rank).setHeader(getTranslation("live.report.rank")).setAutoWidth(true).setFlexGrow(0);
        players.addColumn(l -> l.name() + (l.guest() ? " " + getTranslation("live.report.guest") : "")).setHeader(getTranslation("live.report.player")).setFlexGrow(1);
        players.addColumn(LiveReport.PlayerLine::score).setHeader(getTranslation("live.report.points")).setAutoWidth(true).setFlexGrow(0);
        players.addColumn(l -> getTranslation("live.report.of", l.correct(), l.answered())).setHeader(getTranslation("live.report.right")).setAutoWidth(true).setFlexGrow(0);
        players.setItems(report.players());
        players.setAllRowsVisible(true);
        players.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        players.setAriaLabel(getTranslation("live.report.players"));

        var questions = new Grid<LiveReport.QuestionLine>();
        questions.addColumn(q -> q.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> q.prompt() + (q.skipped() ? " " + getTranslation("live.report.skipped") : "")).setHeader(getTranslation("live.report.question")).setFlexGrow(1);
        questions.addColumn(q -> getTranslation("live.report.of", q.correct(), q.answered())).setHeader(getTranslation("live.report.right")).setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> getTranslation("live.report.percent", q.averageFraction())).setHeader(getTranslation("live.report.mean-score"))
                .setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> getTranslation("live.report.seconds", q.averageMillis() / 1000.0)).setHeader(getTranslation("live.report.mean-time"))
                .setAutoWidth(true).setFlexGrow(0);
        questions.setItems(report.questions());
        questions.setAllRowsVisible(true);
        questions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.setAriaLabel(getTranslation("live.report.questions"));

        var answers = new Grid<LiveReport.AnswerLine>();
        answers.addColumn(a -> a.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(LiveReport.AnswerLine::playerName).setHeader(getTranslation("live.report.player")).setAutoWidth(true);
        answers.addColumn(LiveReport.AnswerLine::answerText).setHeader(getTranslation("live.report.answer")).setFlexGrow(1);
        answers.addColumn(a -> getTranslation(a.fraction() >= 1 ? "live.report.is-right" : a.fraction() > 0 ? "live.report.is-partly" : "live.report.is-wrong"))
                .setHeader(getTranslation("live.report.result")).setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(a -> a.counted() ? String.valueOf(a.points()) : getTranslation("live.report.zero-skipped")).setHeader(getTranslation("live.report.points"))
                .setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(a -> getTranslation("live.report.seconds", a.answerMillis() / 1000.0)).setHeader(getTranslation("live.report.time"))
                .setAutoWidth(true).setFlexGrow(0);
        answers.setItems(report.answers());
        answers.setAllRowsVisible(true);
        answers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        answers.setAriaLabel(getTranslation("live.report.all-answers"));

        add(new H2(getTranslation("live.report.title")), new H3(getTranslation("live.report.players")), players, new H3(getTranslation("live.report.questions")), questions,
                new H3(getTranslation("live.report.all-answers-n", report.answers().size())), answers);
    }
}
