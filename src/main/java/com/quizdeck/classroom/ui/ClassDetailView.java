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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ClassroomService classrooms;
    private final String publicUrl;
    private Long classId;
    private ClassSummary current;

    private final H2 title = new H2();
    private final com.vaadin.flow.component.html.Anchor dashboardLink = new com.vaadin.flow.component.html.Anchor();
    private final Span archivedBadge = new Span(getTranslation("classroom.detail.archived-badge"));
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
        var rename = new Button(getTranslation("classroom.detail.rename"), VaadinIcon.EDIT.create(), e -> openRenameDialog());
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
        code.getElement().setAttribute("aria-label", getTranslation("classroom.detail.code"));
        link.addClassName("qd-join-link");
        var copy = new Button(getTranslation("classroom.detail.copy"), VaadinIcon.COPY.create(),
                e -> e.getSource().getElement().executeJs("navigator.clipboard?.writeText($0)", link.getText())
                        .then(ok -> Notifications.success(getTranslation("classroom.detail.copied")), err ->
                                Notifications.error(getTranslation("classroom.detail.copy-failed"))));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var regenerate = new Button(getTranslation("classroom.detail.new-code"), VaadinIcon.REFRESH.create(), e -> confirmRegenerate());
        regenerate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var help = new Paragraph(getTranslation("classroom.detail.help"));
        help.addClassName("qd-muted");
        var joinCard = new Div(new H3(getTranslation("classroom.detail.code")), code, link, new Div(copy, regenerate), help);
        joinCard.addClassNames("qd-card", "qd-join-card");

        // Name and username in one cell so that the roster fits a phone without sideways scrolling.
        roster.addComponentColumn(ClassDetailView::nameCell).setHeader(getTranslation("classroom.detail.student")).setFlexGrow(3)
                .setComparator(r -> r.displayName().toLowerCase(java.util.Locale.ROOT));
        roster.addColumn(r -> DATE.withLocale(getLocale()).format(r.joinedAt())).setHeader(getTranslation("classroom.detail.joined")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(RosterEntry::joinedAt);
        roster.addComponentColumn(this::removeButton).setHeader("").setFlexGrow(0).setAutoWidth(true);
        roster.setAllRowsVisible(true);
        roster.setAriaLabel(getTranslation("classroom.detail.roster-label"));
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
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("classroom.detail.not-found"));
            return;
        }
        show(current);
    }

    private void show(ClassSummary c) {
        current = c;
        title.setText(c.name());
        archivedBadge.setVisible(c.archived());
        archive.setText(getTranslation(c.archived() ? "classroom.detail.restore" : "classroom.detail.archive"));
        archive.setIcon(c.archived() ? VaadinIcon.ARROW_BACKWARD.create() : VaadinIcon.ARCHIVE.create());
        code.setText(c.joinCode());
        link.setText(baseUrl() + "join/" + c.joinCode());
        var entries = classrooms.roster(classId);
        rosterTitle.setText(getTranslation("classroom.detail.students-n", entries.size()));
        rosterBox.removeAll();
        if (entries.isEmpty()) {
            rosterBox.add(new EmptyState(VaadinIcon.USERS, getTranslation("classroom.detail.no-students"),
                    getTranslation("classroom.detail.no-students-text")));
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
            var dialog = new ConfirmDialog(getTranslation("classroom.detail.remove-title", entry.displayName()),
                    getTranslation("classroom.detail.remove-text"),
                    getTranslation("classroom.detail.remove"), ok -> {
                        classrooms.removeStudent(classId, entry.studentId());
                        show(classrooms.classDetails(classId));
                        Notifications.success(getTranslation("classroom.detail.removed", entry.displayName()));
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("classroom.detail.remove-label", entry.displayName()));
        remove.setTooltipText(getTranslation("classroom.detail.remove-tip"));
        return remove;
    }

    private void toggleArchived() {
        if (current.archived()) {
            show(classrooms.setArchived(classId, false));
            Notifications.success(getTranslation("classroom.detail.restored", current.name()));
            return;
        }
        var dialog = new ConfirmDialog(getTranslation("classroom.detail.archive-title", current.name()),
                getTranslation("classroom.detail.archive-text"),
                getTranslation("classroom.detail.archive"), e -> {
                    show(classrooms.setArchived(classId, true));
                    Notifications.success(getTranslation("classroom.detail.archived", current.name()));
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmRegenerate() {
        var dialog = new ConfirmDialog(getTranslation("classroom.detail.regenerate-title"),
                getTranslation("classroom.detail.regenerate-text", current.joinCode()),
                getTranslation("classroom.detail.new-code"), e -> {
                    show(classrooms.regenerateJoinCode(classId));
                    Notifications.success(getTranslation("classroom.detail.regenerated", current.joinCode()));
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void openRenameDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("classroom.detail.rename-title"));
        var name = new TextField(getTranslation("classroom.detail.name"));
        name.setValue(current.name());
        name.setWidthFull();
        name.setMaxLength(100);
        dialog.add(name);
        var save = new Button(getTranslation("classroom.detail.save"), e -> {
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
        dialog.getFooter().add(new Button(getTranslation("classroom.detail.cancel"), e -> dialog.close()), save);
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

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.detail.page-title");
    }
}
