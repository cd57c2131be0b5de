package com.quizdeck.dashboard.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.dashboard.DashboardService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's way in: one card per class they teach (an admin: every class), each opening its dashboard. */
@Route("dashboard")
@StyleSheet("styles/dashboard.css")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class DashboardView extends Main implements HasDynamicTitle {

    DashboardView(DashboardService dashboards) {
        addClassNames("qd-page", "qd-dashboard", "qd-dashboard-index");
        add(Page.head(getTranslation("dashboard.index.title"), getTranslation("dashboard.index.subtitle"), null));
        var classes = dashboards.classes();
        if (classes.isEmpty()) {
            add(new EmptyState(VaadinIcon.CHART, getTranslation("dashboard.index.empty.title"),
                    getTranslation("dashboard.index.empty.text"), new Anchor("classes",
                            getTranslation("dashboard.index.empty.action"))));
            return;
        }
        var list = new Div();
        list.addClassName("qd-card-list");
        classes.forEach(c -> list.add(card(c)));
        add(list);
    }

    private Div card(ClassSummary c) {
        var icon = VaadinIcon.CHART.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var link = new Anchor("dashboard/class/" + c.id(), c.name());
        var name = new H3(link);
        name.addClassName("qd-card-title");
        var who = new Span(getTranslation("dashboard.index.card", c.studentCount(), c.instructorName()));
        who.addClassName("qd-muted");
        var text = new Div(name, who);
        text.addClassName("qd-card-text");
        if (c.archived()) {
            var badge = new Span(getTranslation("dashboard.index.archived"));
            badge.getElement().getThemeList().add("badge contrast");
            text.add(badge);
        }
        var card = new Div(icon, text);
        card.addClassNames("qd-card", "qd-class-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.index.page-title");
    }
}
