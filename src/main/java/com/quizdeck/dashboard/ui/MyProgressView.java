package com.quizdeck.dashboard.ui;

import com.quizdeck.dashboard.DashboardService;
import com.quizdeck.dashboard.StudentReport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;

/** "My progress": the signed-in student's own scores, decks, flashcards, streak and live games. */
@Route("progress")
@StyleSheet("styles/dashboard.css")
@RolesAllowed("STUDENT")
class MyProgressView extends Main implements HasDynamicTitle {

    StudentReport report;

    MyProgressView(DashboardService dashboards) {
        addClassNames("qd-page", "qd-dashboard", "qd-my-progress");
        var dates = Dates.of(UI.getCurrent());
        report = dashboards.myProgress(dates.zone());
        add(Page.head(getTranslation("dashboard.my.title"), getTranslation("dashboard.my.subtitle"), null));
        new ProgressSections(this::getTranslation, dates, "my-progress", true).build(report).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.my.page-title");
    }
}
