package com.quizdeck.deck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;

/** Makes a whole form read-only: inputs keep their values, buttons that change things disappear. */
final class ReadOnly {

    private ReadOnly() {
    }

    static void apply(Component root, boolean readOnly) {
        if (root instanceof HasValue<?, ?> field) {
            field.setReadOnly(readOnly);
        }
        if (root instanceof Button button && button.hasClassName("qd-editor-change")) {
            button.setVisible(!readOnly);
        }
        root.getChildren().forEach(child -> apply(child, readOnly));
    }
}
