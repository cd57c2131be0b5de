package com.quizdeck.study.ui;

import com.quizdeck.study.DayActivity;
import com.quizdeck.study.StudyActivity;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * Reviews per day and the share of learnt cards recalled, over the last 30 days: bars drawn with plain elements and
 * CSS (no chart library, so no npm package and no frontend build), hidden from screen readers, which get the same
 * figures as a table.
 */
public class ActivityChart extends Div {

    /** The last 30 days of the student the activity belongs to, in the browser's time zone. */
    public ActivityChart(StudyActivity activity, com.vaadin.flow.component.UI ui) {
        this(activity, UserTime.of(ui));
    }

    ActivityChart(StudyActivity activity, UserTime time) {
        addClassName("qd-activity");
        var retention = activity.retention();
        var summary = new Paragraph(activity.reviews() == 0 ? getTranslation("study.chart.none")
                : retention == null ? getTranslation("study.chart.summary", activity.reviews())
                : getTranslation("study.chart.summary-recall", activity.reviews(), percent(retention),
                        recalled(activity), activity.recallReviews()));
        summary.addClassName("qd-activity-summary");
        add(summary);
        if (activity.reviews() == 0) {
            var hint = new Paragraph(getTranslation("study.chart.hint"));
            hint.addClassName("qd-muted");
            add(hint);
            return;
        }

        int max = Math.max(1, activity.maxReviewsPerDay());
        var bars = new Div();
        bars.addClassName("qd-bars");
        bars.getElement().setAttribute("aria-hidden", "true");
        var recall = new Div();
        recall.addClassNames("qd-bars", "qd-bars-recall");
        recall.getElement().setAttribute("aria-hidden", "true");
        for (var day : activity.days()) {
            var bar = new Div();
            bar.addClassName("qd-bar");
            bar.getStyle().set("--qd-bar", String.format(Locale.ROOT, "%.1f%%", 100.0 * day.reviews() / max));
            bar.getElement().setAttribute("title", getTranslation("study.chart.bar", time.shortDate(day.day()), day.reviews()));
            bars.add(bar);
            var r = new Div();
            r.addClassName("qd-bar");
            if (day.retention() == null) {
                r.addClassName("qd-bar-none");
            } else {
                r.getStyle().set("--qd-bar", String.format(Locale.ROOT, "%.1f%%", 100 * day.retention()));
                r.getElement().setAttribute("title", getTranslation("study.chart.recall-bar", time.shortDate(day.day()), percent(day.retention())));
            }
            recall.add(r);
        }
        var days = activity.days();
        var axis = new Div(new Span(time.shortDate(days.getFirst().day())),
                new Span(time.shortDate(days.get(days.size() / 2).day())), new Span(getTranslation("study.chart.today")));
        axis.addClassName("qd-bars-axis");
        axis.getElement().setAttribute("aria-hidden", "true");
        var reviewsLabel = new Span(getTranslation("study.chart.reviews-label"));
        reviewsLabel.addClassName("qd-chart-label");
        reviewsLabel.getElement().setAttribute("aria-hidden", "true");
        var recallLabel = new Span(getTranslation("study.chart.recall-label"));
        recallLabel.addClassName("qd-chart-label");
        recallLabel.getElement().setAttribute("aria-hidden", "true");
        add(reviewsLabel, bars);
        if (activity.recallReviews() > 0) {
            add(recallLabel, recall, axis);
        } else {
            var none = new Span(getTranslation("study.chart.recall-empty"));
            none.addClassNames("qd-chart-label", "qd-chart-empty");
            add(axis, none);
        }

        var table = new NativeTable();
        table.setCaptionText(getTranslation("study.chart.caption"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("study.chart.day"));
        head.addHeaderCell().setText(getTranslation("study.chart.reviews"));
        head.addHeaderCell().setText(getTranslation("study.chart.recalled"));
        var body = table.addBody();
        for (var day : activity.days().reversed()) {
            var row = body.addRow();
            row.addHeaderCell().setText(time.longDate(day.day()));
            row.addDataCell().setText(getTranslation("study.chart.number", day.reviews()));
            row.addDataCell().setText(day.retention() == null ? "–"
                    : getTranslation("study.chart.recall-cell", percent(day.retention()), day.recalled(), day.recallReviews()));
        }
        table.addClassName("qd-activity-table");
        var details = new NativeDetails(getTranslation("study.chart.as-table"), table);
        details.addClassName("qd-activity-details");
        add(details);
    }

    private static int recalled(StudyActivity activity) {
        return activity.days().stream().mapToInt(DayActivity::recalled).sum();
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
