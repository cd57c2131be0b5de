package com.quizdeck.classroom.ui;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.RosterEntry;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/** One class for its instructor: join code and link, roster, rename, archive. */
@Route("classes/:id")
@PageTitle("Class · Quizdeck")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassDetailView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ClassroomService classrooms;
    private final String publicUrl;
    private Long classId;
    private ClassSummary current;

    private final H2 title = new H2();
    private final com.vaadin.flow.component.html.Anchor dashboardLink = new com.vaadin.flow.component.html.Anchor();
    private final Span archivedBadge = new Span("Archived");
    private final Span code = new Span();
    private final Span link = new Span();
    private final Button archive = new Button();
    final Grid<RosterEntry> roster = new Grid<>();
    private final Div rosterBox = new Div();
    private final H3 rosterTitle = new H3();

    ClassDetailView(ClassroomService classrooms, @Value("${quizdeck.public-url:}") String publicUrl) {
        this.classrooms = classrooms;
        this.publicUrl = publicUrl;
        addClassName("qd-page");

        archivedBadge.getElement().getThemeList().add("badge contrast");
        var rename = new Button("Rename", VaadinIcon.EDIT.create(), e -> openRenameDialog());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(e -> toggleArchived());
        dashboardLink.setText(getTranslation("classroom.dashboard.link"));
        dashboardLink.addClassName("qd-dashboard-link");
        var head = new HorizontalLayout(title, archivedBadge, dashboardLink, rename, archive);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);
        head.setWrap(true);

        code.addClassName("qd-join-code");
        code.getElement().setAttribute("aria-label", "Join code");
        link.addClassName("qd-join-link");
        var copy = new Button("Copy link", VaadinIcon.COPY.create(),
                e -> e.getSource().getElement().executeJs("navigator.clipboard?.writeText($0)", link.getText())
                        .then(ok -> Notifications.success("Join link copied."), err ->
                                Notifications.error("Could not copy; select the link and copy it by hand.")));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var regenerate = new Button("New code", VaadinIcon.REFRESH.create(), e -> confirmRegenerate());
        regenerate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var help = new Paragraph("Students sign up at the link, or enter the code under “Join your class”.");
        help.addClassName("qd-muted");
        var joinCard = new Div(new H3("Join code"), code, link, new Div(copy, regenerate), help);
        joinCard.addClassNames("qd-card", "qd-join-card");

        // Name and username in one cell so that the roster fits a phone without sideways scrolling.
        roster.addComponentColumn(ClassDetailView::nameCell).setHeader("Student").setFlexGrow(3)
                .setComparator(r -> r.displayName().toLowerCase(java.util.Locale.ROOT));
        roster.addColumn(r -> DATE.format(r.joinedAt())).setHeader("Joined").setAutoWidth(true).setFlexGrow(0)
                .setComparator(RosterEntry::joinedAt);
        roster.addComponentColumn(this::removeButton).setHeader("").setFlexGrow(0).setAutoWidth(true);
        roster.setAllRowsVisible(true);
        roster.setAriaLabel("Students in this class");
        rosterBox.addClassName("qd-roster");
        var rosterCard = new Div(rosterTitle, rosterBox);
        rosterCard.addClassNames("qd-card", "qd-roster-card");

        var grid = new Div(joinCard, rosterCard);
        grid.addClassName("qd-class-layout");
        add(head, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            classId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            current = classrooms.classDetails(classId);
            dashboardLink.setHref("dashboard/class/" + classId);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such class, or it is not yours.");
            return;
        }
        show(current);
    }

    private void show(ClassSummary c) {
        current = c;
        title.setText(c.name());
        archivedBadge.setVisible(c.archived());
        archive.setText(c.archived() ? "Restore" : "Archive");
        archive.setIcon(c.archived() ? VaadinIcon.ARROW_BACKWARD.create() : VaadinIcon.ARCHIVE.create());
        code.setText(c.joinCode());
        link.setText(baseUrl() + "join/" + c.joinCode());
        var entries = classrooms.roster(classId);
        rosterTitle.setText("Students (" + entries.size() + ")");
        rosterBox.removeAll();
        if (entries.isEmpty()) {
            rosterBox.add(new EmptyState(VaadinIcon.USERS, "No students yet",
                    "Share the join code or link; students appear here as they sign up."));
        } else {
            roster.setItems(entries);
            rosterBox.add(roster);
        }
    }

    private static com.vaadin.flow.component.html.Div nameCell(RosterEntry entry) {
        var name = new Span(entry.displayName());
        name.addClassName("qd-roster-name");
        var username = new Span(entry.username());
        username.addClassName("qd-muted");
        var cell = new com.vaadin.flow.component.html.Div(name, username);
        cell.addClassName("qd-roster-cell");
        return cell;
    }

    private Button removeButton(RosterEntry entry) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            var dialog = new ConfirmDialog("Remove " + entry.displayName() + "?",
                    "They leave this class. Their account and results are kept; they can rejoin with the code.",
                    "Remove", ok -> {
                        classrooms.removeStudent(classId, entry.studentId());
                        show(classrooms.classDetails(classId));
                        Notifications.success(entry.displayName() + " was removed from the class.");
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + entry.displayName() + " from the class");
        remove.setTooltipText("Remove from class");
        return remove;
    }

    private void toggleArchived() {
        if (current.archived()) {
            show(classrooms.setArchived(classId, false));
            Notifications.success(current.name() + " is active again.");
            return;
        }
        var dialog = new ConfirmDialog("Archive " + current.name() + "?",
                "The join code stops working and the class leaves your list and your students' home pages. "
                        + "Nothing is deleted; you can restore it under “Show archived classes”.",
                "Archive", e -> {
                    show(classrooms.setArchived(classId, true));
                    Notifications.success(current.name() + " is archived.");
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmRegenerate() {
        var dialog = new ConfirmDialog("Make a new join code?",
                "The code " + current.joinCode() + " stops working at once. Students already in the class stay.",
                "New code", e -> {
                    show(classrooms.regenerateJoinCode(classId));
                    Notifications.success("The new join code is " + current.joinCode() + ".");
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void openRenameDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Rename class");
        var name = new TextField("Class name");
        name.setValue(current.name());
        name.setWidthFull();
        name.setMaxLength(100);
        dialog.add(name);
        var save = new Button("Save", e -> {
            try {
                show(classrooms.rename(classId, name.getValue()));
                dialog.close();
            } catch (InvalidInputException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        }
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        var port = http.getServerPort();
        var defaultPort = ("https".equals(http.getScheme()) && port == 443) || ("http".equals(http.getScheme()) && port == 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                + http.getContextPath() + "/";
    }
}
