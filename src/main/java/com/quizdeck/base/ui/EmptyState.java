package com.quizdeck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list shows when there is nothing in it yet: what will appear and how. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String explanation, Component... actions) {
        addClassName("qd-empty");
        var i = icon.create();
        i.addClassName("qd-empty-icon");
        i.getElement().setAttribute("aria-hidden", "true");
        var t = new Span(title);
        t.addClassName("qd-empty-title");
        add(i, t, new Paragraph(explanation));
        if (actions.length > 0) {
            var row = new Div(actions);
            row.addClassName("qd-empty-actions");
            add(row);
        }
    }
}
