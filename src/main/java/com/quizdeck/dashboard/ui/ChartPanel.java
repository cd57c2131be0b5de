package com.quizdeck.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A chart with its text alternatives: a heading, a one-sentence summary (also the canvas's accessible name), and the
 * same numbers as a table behind "Show the numbers". Screen readers and keyboard users get every figure.
 */
class ChartPanel extends Div {

    private final Chart chart;
    private final NativeTable table = new NativeTable();

    /** The chart with its table, and a CSV download of that table named {@code csvFile}. */
    ChartPanel(String heading, Chart chart, String tableToggle, String csvLabel, String csvFile) {
        this(heading, chart, tableToggle);
        var table = new DataTable<Integer>().text(chart.xTitle() == null ? heading : chart.xTitle(),
                i -> chart.labels().get(i));
        for (var series : chart.seriesList()) {
            table.number(series.label(), (Integer i) -> i < series.values().size() ? series.values().get(i) : null,
                    ChartPanel::number);
        }
        var rows = java.util.stream.IntStream.range(0, chart.labels().size()).boxed().toList();
        add(table.download(csvLabel, csvFile, () -> rows));
    }

    ChartPanel(String heading, Chart chart, String tableToggle) {
        this.chart = chart;
        addClassName("qd-chart-panel");
        var title = new H3(heading);
        var summary = new Paragraph(chart.description());
        summary.addClassName("qd-chart-summary");
        var box = new Div(chart);
        box.addClassName("qd-chart-box");
        table.addClassName("qd-chart-table");
        table.setCaptionText(heading);
        fillTable();
        var details = new NativeDetails(tableToggle, table);
        details.addClassName("qd-chart-details");
        add(title, summary, box, details);
    }

    Chart chart() {
        return chart;
    }

    private void fillTable() {
        var head = table.getHead().addRow();
        head.add(new NativeTableHeaderCell(""));
        for (var series : chart.seriesList()) {
            head.add(new NativeTableHeaderCell(series.label()));
        }
        var body = table.getBody();
        var labels = chart.labels();
        for (int i = 0; i < labels.size(); i++) {
            var row = body.addRow();
            var label = new NativeTableHeaderCell(labels.get(i));
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            for (var series : chart.seriesList()) {
                var value = i < series.values().size() ? series.values().get(i) : null;
                row.add(new NativeTableCell(value == null ? "–" : number(value)));
            }
        }
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static <T> List<Double> values(List<T> items, Function<T, Number> f) {
        return items.stream().map(t -> {
            var n = f.apply(t);
            return n == null ? null : n.doubleValue();
        }).toList();
    }
}
