package com.quizdeck.deck.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.quizdeck.content.RuleViolation;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;

/** One row of a {@link RowList}: an option, an answer, a pair... with its own fields. */
abstract class Row<T> extends Div {

    final Div fields = new Div();
    final Div controls = new Div();
    Button up;
    Button down;
    Button remove;
    private Runnable onChange = () -> {
    };

    Row() {
        addClassName("qd-editor-row");
        fields.addClassName("qd-editor-row-fields");
        controls.addClassName("qd-editor-row-controls");
        add(fields, controls);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    void changed() {
        onChange.run();
    }

    /** The row's value; input that does not parse is reported in {@code problems} at its field's path. */
    abstract T read(List<RuleViolation> problems, String path);

    /** Tags the row's fields with their paths and names them for its place ("Option 2"). */
    abstract void tag(String path, int index);

    void setReadOnly(boolean readOnly) {
        ReadOnly.apply(fields, readOnly);
    }

    <V, F extends HasValue<?, V>> F listen(F field) {
        field.addValueChangeListener(e -> changed());
        return field;
    }

    static TextField text(String label, String value) {
        var field = new TextField(label);
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        return field;
    }

    static TextField number(String label, String value) {
        var field = text(label, value);
        field.getElement().setAttribute("inputmode", "decimal");
        field.addClassName("qd-editor-number");
        return field;
    }

    /** A weight in percent; blank is 0. */
    static double weight(TextField field, List<RuleViolation> problems, String path) {
        var s = field.getValue().strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(s.replace("%", "").strip());
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation(path, translate("deck.rows.error.percent")));
            return 0;
        }
    }

    /** A number, or null with a problem when it is missing or does not read. */
    static BigDecimal decimal(TextField field, List<RuleViolation> problems, String path, boolean required) {
        var s = field.getValue().strip();
        if (s.isEmpty()) {
            if (required) {
                problems.add(new RuleViolation(path, translate("deck.rows.error.number-missing")));
            }
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation(path, translate("deck.rows.error.number")));
            return null;
        }
    }

    static String weightText(double weight) {
        return com.quizdeck.content.Weights.format(weight);
    }

    static String orNull(AbstractField<?, String> field) {
        var v = field.getValue();
        return v == null || v.isBlank() ? null : v;
    }
}
