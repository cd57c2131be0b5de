package com.quizdeck.deck.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.quizdeck.content.RuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An editable list (options, answers, pairs, items, blanks): add, remove, move up and down with
 * buttons that keyboard and screen-reader users reach like any other. Its rows' fields carry the
 * paths the content rules use, so findings land next to the right input.
 */
class RowList<T> extends Div {

    private final String noun;
    private final Function<T, Row<T>> factory;
    private final Supplier<T> blank;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Div box = new Div();
    private final FieldPaths.GroupError error;
    final Button addButton;
    private String path;
    private Runnable onChange = () -> {
    };
    private boolean readOnly;

    /**
     * @param noun what one row is ("option", "extra-answer"): its buttons read the texts
     *             {@code deck.rows.<noun>.add}, {@code .up}, {@code .down} and {@code .remove}
     */
    RowList(String path, String title, String noun, Function<T, Row<T>> factory, Supplier<T> blank, List<T> values) {
        this.path = path;
        this.noun = noun;
        this.factory = factory;
        this.blank = blank;
        addClassName("qd-editor-rows");
        var heading = new Span(title);
        heading.addClassName("qd-editor-rows-title");
        error = new FieldPaths.GroupError(path);
        box.addClassName("qd-editor-rows-box");
        addButton = new Button(translate("deck.rows." + noun + ".add"), VaadinIcon.PLUS.create(), e -> {
            addRow(blank.get());
            rows.getLast().fields.getChildren().findFirst()
                    .filter(c -> c instanceof com.vaadin.flow.component.Focusable<?>)
                    .ifPresent(c -> ((com.vaadin.flow.component.Focusable<?>) c).focus());
        });
        addButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addButton.addClassName("qd-editor-change");
        add(heading, error, box, addButton);
        values.forEach(v -> rows.add(wire(factory.apply(v))));
        render();
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    List<Row<T>> rows() {
        return rows;
    }

    List<T> read(List<RuleViolation> problems) {
        var values = new ArrayList<T>();
        for (int i = 0; i < rows.size(); i++) {
            var value = rows.get(i).read(problems, path + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    void setPath(String newPath) {
        this.path = newPath;
        FieldPaths.tag(error, newPath);
        render();
    }

    void addRow(T value) {
        rows.add(wire(factory.apply(value)));
        render();
        onChange.run();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        addButton.setVisible(!readOnly);
        render();
    }

    private Row<T> wire(Row<T> row) {
        row.onChange(() -> onChange.run());
        return row;
    }

    private void move(Row<T> row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        render();
        onChange.run();
        // The buttons were re-created; keep the keyboard where it was.
        var again = delta < 0 ? row.up : row.down;
        (again.isEnabled() ? again : (delta < 0 ? row.down : row.up)).focus();
    }

    private void remove(Row<T> row) {
        int index = rows.indexOf(row);
        rows.remove(row);
        render();
        onChange.run();
        if (!rows.isEmpty()) {
            rows.get(Math.min(index, rows.size() - 1)).remove.focus();
        } else {
            addButton.focus();
        }
    }

    private void render() {
        box.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            row.tag(path + "[" + i + "]", i);
            var n = i + 1;
            row.up = iconButton(VaadinIcon.ARROW_UP, translate("deck.rows." + noun + ".up", n), () -> move(row, -1));
            row.down = iconButton(VaadinIcon.ARROW_DOWN, translate("deck.rows." + noun + ".down", n), () -> move(row, 1));
            row.remove = iconButton(VaadinIcon.CLOSE_SMALL, translate("deck.rows." + noun + ".remove", n), () -> remove(row));
            row.up.setEnabled(i > 0);
            row.down.setEnabled(i < rows.size() - 1);
            row.controls.removeAll();
            if (!readOnly) {
                row.controls.add(row.up, row.down, row.remove);
            }
            row.setReadOnly(readOnly);
            box.add(row);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
