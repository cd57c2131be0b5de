package com.quizdeck.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (npm {@code chart.js} 4), through the small web component
 * {@code frontend/components/qd-chart.ts}. Typed on this side: a kind, category labels and numeric series. The canvas
 * is an image whose accessible name is {@link #description}; {@link ChartPanel} adds the same numbers as a table.
 */
@Tag("qd-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/qd-chart.ts")
public class Chart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Kind {
        BAR, LINE
    }

    /**
     * One named series of values, one per label; null for "no value".
     *
     * @param colour a CSS colour for this series, or null for the palette's next one
     */
    public record Series(String label, List<Double> values, String colour) {

        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** What the web component receives, as JSON. */
    record Spec(String kind, List<String> labels, List<Series> series, String xTitle, String yTitle, Double yMax,
            boolean stacked, String description) {
    }

    private final Kind kind;
    private final String description;
    private List<String> labels = List.of();
    private final List<Series> series = new ArrayList<>();
    private String xTitle;
    private String yTitle;
    private Double yMax;
    private boolean stacked;

    public Chart(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
        addClassName("qd-chart");
        update();
    }

    public Chart labels(List<String> newLabels) {
        this.labels = List.copyOf(newLabels);
        return update();
    }

    public Chart series(String label, List<Double> values) {
        return series(label, values, null);
    }

    /** A series in a colour of its own (e.g. green for right answers); shape and the table still tell it apart. */
    public Chart series(String label, List<Double> values, String colour) {
        series.add(new Series(label, values, colour));
        return update();
    }

    public Chart axes(String x, String y) {
        this.xTitle = x;
        this.yTitle = y;
        return update();
    }

    public Chart yMax(Double max) {
        this.yMax = max;
        return update();
    }

    public Chart stacked(boolean value) {
        this.stacked = value;
        return update();
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Series> seriesList() {
        return List.copyOf(series);
    }

    String specJson() {
        return JSON.writeValueAsString(new Spec(kind.name().toLowerCase(java.util.Locale.ROOT), labels, series, xTitle,
                yTitle, yMax, stacked, description));
    }

    private Chart update() {
        getElement().setProperty("spec", specJson());
        return this;
    }
}
