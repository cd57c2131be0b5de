package com.quizdeck.dashboard.ui;

import com.quizdeck.dashboard.DashboardService;
import com.quizdeck.dashboard.StudentReport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;

/** One student of a class, for the instructor: scores over time, decks, weakest questions, flashcards, live games. */
@Route("dashboard/class/:classId/student/:studentId")
@StyleSheet("styles/dashboard.css")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class StudentDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    StudentReport report;
    private String title = "";

    StudentDashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassNames("qd-page", "qd-dashboard", "qd-student-dashboard");
    }

    @Override
    public String getPageTitle() {
        return title + " · Quizdeck";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var classId = event.getRouteParameters().getLong("classId").orElse(-1L);
        var studentId = event.getRouteParameters().getLong("studentId").orElse(-1L);
        var dates = Dates.of(UI.getCurrent());
        report = dashboards.studentReport(classId, studentId, dates.zone());
        title = report.studentName();
        removeAll();
        var className = report.decks().isEmpty() ? "" : report.decks().getFirst().className();
        add(Page.head(title, getTranslation("dashboard.student.subtitle", className),
                Page.back("dashboard/class/" + classId, getTranslation("dashboard.back.class", className))));
        new ProgressSections(this::getTranslation, dates, "class-" + classId + "-student-" + studentId, false)
                .build(report).forEach(this::add);
    }
}
