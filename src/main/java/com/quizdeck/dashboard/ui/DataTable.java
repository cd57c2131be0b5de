package com.quizdeck.dashboard.ui;

import com.quizdeck.dashboard.Csv;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Columns defined once for a grid on screen and its CSV download, so that the file holds exactly the texts and
 * numbers the screen shows, for the rows the screen shows (filters applied, in the screen's sort order).
 */
final class DataTable<T> {

    record Column<T>(String header, Function<T, String> text, Comparator<T> order, boolean number,
            Function<T, String> href, boolean wide) {

        Column<T> widened() {
            return new Column<>(header, text, order, number, href, true);
        }
    }

    private final List<Column<T>> columns = new ArrayList<>();

    DataTable<T> text(String header, Function<T, String> text) {
        columns.add(new Column<>(header, t -> nz(text.apply(t)), Comparator.comparing(t -> nz(text.apply(t)),
                String.CASE_INSENSITIVE_ORDER), false, null, false));
        return this;
    }

    /** A number shown with {@code decimals} decimals ("–" when null); sorted numerically, nulls last. */
    DataTable<T> number(String header, Function<T, Number> value, int decimals) {
        Function<T, String> text = t -> format(value.apply(t), decimals);
        Comparator<T> order = Comparator.comparing(t -> value.apply(t) == null ? null : value.apply(t).doubleValue(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        columns.add(new Column<>(header, text, order, true, null, false));
        return this;
    }

    /** A text column sorted by a key of its own (e.g. a date shown in words, sorted by the instant). */
    <K extends Comparable<? super K>> DataTable<T> sorted(String header, Function<T, String> text,
            Function<T, K> key) {
        columns.add(new Column<>(header, t -> nz(text.apply(t)),
                Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder())), false, null, false));
        return this;
    }

    /** A text column shown as a link on screen (plain text in the CSV). */
    DataTable<T> link(String header, Function<T, String> text, Function<T, String> href) {
        columns.add(new Column<>(header, t -> nz(text.apply(t)), Comparator.comparing(t -> nz(text.apply(t)),
                String.CASE_INSENSITIVE_ORDER), false, href, false));
        return this;
    }

    /** The column added last takes most of the width (long texts such as question prompts wrap in it). */
    DataTable<T> wide() {
        columns.add(columns.removeLast().widened());
        return this;
    }

    List<Column<T>> columns() {
        return List.copyOf(columns);
    }

    Grid<T> grid(String ariaLabel) {
        var grid = new Grid<T>();
        for (var c : columns) {
            var column = (c.href() == null ? grid.addColumn(c.text()::apply)
                    : grid.addComponentColumn(t -> new Anchor(c.href().apply(t), c.text().apply(t))))
                    .setHeader(c.header()).setSortable(true).setComparator(c.order()).setResizable(true);
            if (c.number()) {
                column.setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                        .setFlexGrow(0);
            } else if (c.wide()) {
                column.setWidth("16rem").setFlexGrow(4);
            } else {
                column.setWidth("8rem").setFlexGrow(1);
            }
            if (grid.getColumns().size() == 1 && !c.number() && !c.wide()) {
                column.setFrozen(true);
            }
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(ariaLabel);
        return grid;
    }

    byte[] csv(List<T> rows) {
        var header = columns.stream().map(Column::header).toList();
        var lines = rows.stream().map(row -> columns.stream()
                .map(c -> c.number() ? Csv.Cell.number(csvNumber(c.text().apply(row)))
                        : Csv.Cell.text(c.text().apply(row)))
                .toList()).toList();
        return Csv.write(header, lines);
    }

    /** A download link for the rows {@code rows} gives at the moment of the click. */
    Anchor download(String label, String fileName, Supplier<List<T>> rows) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = csv(rows.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8",
                    bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(label));
        anchor.addClassName("qd-csv");
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** The rows a grid shows now: its filter and sort applied. */
    static <T> List<T> shown(Grid<T> grid) {
        return grid.getListDataView().getItems().toList();
    }

    static String format(Number value, int decimals) {
        if (value == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value.doubleValue());
    }

    /** "–" (no value) on screen is an empty cell in the file. */
    private static String csvNumber(String shown) {
        return "–".equals(shown) ? "" : shown;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
