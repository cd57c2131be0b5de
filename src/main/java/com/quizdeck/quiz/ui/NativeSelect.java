package com.quizdeck.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The browser's own {@code <select>}: on a phone it opens the system picker, it fits inside a line
 * of cloze text, and every browser makes it keyboard- and screen-reader-friendly. Values are the
 * indexes of the labels given; -1 is "nothing chosen".
 */
@Tag("select")
class NativeSelect extends Component {

    private final List<String> labels;
    private Runnable onChange = () -> { };

    NativeSelect(List<String> labels, String ariaLabel) {
        this.labels = List.copyOf(labels);
        getElement().setAttribute("aria-label", ariaLabel);
        getElement().getClassList().add("qd-native-select");
        getElement().appendChild(option("", com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.choose")));
        for (int i = 0; i < labels.size(); i++) {
            getElement().appendChild(option(String.valueOf(i), labels.get(i)));
        }
        getElement().addPropertyChangeListener("value", "change", e -> {
            if (e.isUserOriginated()) {
                onChange.run();
            }
        });
    }

    private static Element option(String value, String label) {
        var option = new Element("option");
        option.setAttribute("value", value);
        option.setText(label);
        return option;
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    int selected() {
        var value = getElement().getProperty("value", "");
        try {
            int i = Integer.parseInt(value);
            return i >= 0 && i < labels.size() ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Shows a choice (a saved answer); -1 for none. Also marks the option, so the first render shows it. */
    void select(int index) {
        var value = index < 0 ? "" : String.valueOf(index);
        getElement().setProperty("value", value);
        getElement().getChildren().forEach(o -> {
            if (o.getAttribute("value").equals(value)) {
                o.setAttribute("selected", "");
            } else {
                o.removeAttribute("selected");
            }
        });
    }

    /** As if the student picked it: for browserless tests. */
    void choose(int index) {
        select(index);
        onChange.run();
    }

    void setDisabled(boolean disabled) {
        getElement().setEnabled(!disabled);
        if (disabled) {
            getElement().setAttribute("disabled", "");
        } else {
            getElement().removeAttribute("disabled");
        }
    }
}
