package com.quizdeck.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/** Small shared pieces of the dashboard pages. */
final class Page {

    private Page() {
    }

    static Div head(String title, String subtitle, Anchor back) {
        var head = new Div();
        head.addClassName("qd-dash-head");
        if (back != null) {
            back.addClassName("qd-dash-back");
            head.add(back);
        }
        head.add(new H2(title));
        if (subtitle != null) {
            var p = new Paragraph(subtitle);
            p.addClassName("qd-muted");
            head.add(p);
        }
        return head;
    }

    static Anchor back(String href, String text) {
        var a = new Anchor(href, "");
        var icon = VaadinIcon.ARROW_LEFT.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        a.add(icon, new Span(text));
        return a;
    }

    /** A row of figures: label above, value below. */
    static Div figures(Figure... figures) {
        var box = new Div();
        box.addClassName("qd-figures");
        for (var f : figures) {
            var label = new Span(f.label());
            label.addClassName("qd-figure-label");
            var value = new Span(f.value());
            value.addClassName("qd-figure-value");
            var item = new Div(label, value);
            item.addClassName("qd-figure");
            box.add(item);
        }
        return box;
    }

    record Figure(String label, String value) {
    }

    static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    static String share(Double fraction) {
        return fraction == null ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
    }

    static Div section(String className, Component... children) {
        var d = new Div(children);
        d.addClassNames("qd-dash-section", className);
        return d;
    }

    static Div toolbar(Component... children) {
        var d = new Div(children);
        d.addClassName("qd-dash-toolbar");
        return d;
    }
}
