package com.quizdeck.classroom.ui;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** An instructor's classes (an admin sees all): create one, open one. */
@Route("classes")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassesView extends Main implements HasDynamicTitle {

    private final ClassroomService classrooms;
    private final Div list = new Div();
    private final Checkbox showArchived = new Checkbox(getTranslation("classroom.classes.show-archived"));
    final Button create = new Button(getTranslation("classroom.classes.new"), VaadinIcon.PLUS.create());

    ClassesView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("qd-page");

        var title = new H2(getTranslation("classroom.classes.title"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreateDialog());
        var head = new HorizontalLayout(title, create);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);

        showArchived.addValueChangeListener(e -> refresh());
        list.addClassName("qd-card-list");
        add(head, showArchived, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var classes = classrooms.teachingClasses(showArchived.getValue());
        if (classes.isEmpty()) {
            var first = new Button(getTranslation("classroom.classes.first"), e -> openCreateDialog());
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            list.add(new EmptyState(VaadinIcon.GROUP, getTranslation("classroom.classes.none"),
                    getTranslation("classroom.classes.none-text"), first));
        }
        classes.forEach(c -> list.add(card(c)));
    }

    private RouterLink card(ClassSummary c) {
        var icon = VaadinIcon.GROUP.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new H3(c.name());
        name.addClassName("qd-card-title");
        var meta = new Span(getTranslation("classroom.classes.meta", c.studentCount(), c.joinCode()));
        meta.addClassName("qd-muted");
        var text = new Div(name, meta);
        text.addClassName("qd-card-text");
        if (c.archived()) {
            var badge = new Span(getTranslation("classroom.classes.archived"));
            badge.getElement().getThemeList().add("badge contrast");
            text.add(badge);
        }
        var link = new RouterLink(ClassDetailView.class, new RouteParameters("id", String.valueOf(c.id())));
        link.add(icon, text);
        link.addClassNames("qd-card", "qd-class-card", "qd-card-link");
        return link;
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("classroom.classes.new"));
        var name = new TextField(getTranslation("classroom.classes.name"));
        name.setPlaceholder(getTranslation("classroom.classes.name-placeholder"));
        name.setWidthFull();
        name.setMaxLength(100);
        dialog.add(name);
        var save = new Button(getTranslation("classroom.classes.create"), e -> {
            try {
                var created = classrooms.createClass(name.getValue());
                dialog.close();
                Notifications.success(getTranslation("classroom.classes.created", created.name(), created.joinCode()));
                getUI().ifPresent(ui -> ui.navigate(ClassDetailView.class,
                        new RouteParameters("id", String.valueOf(created.id()))));
            } catch (InvalidInputException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("classroom.classes.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.classes.page-title");
    }
}
