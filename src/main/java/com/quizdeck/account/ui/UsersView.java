package com.quizdeck.account.ui;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Admin: every user, lazily paged; create, change role, disable, reset a password. */
@Route("admin/users")
@PageTitle("Users · Quizdeck")
@RolesAllowed("ADMIN")
class UsersView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("qd-page");

        var title = new H2("Users");
        var create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var head = new HorizontalLayout(title, create);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);

        filter.setPlaceholder("Search by name or username");
        filter.setAriaLabel("Search users");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader("Username").setSortProperty("username").setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setSortProperty("role").setFlexGrow(1);
        grid.addComponentColumn(UsersView::statusBadge).setHeader("Status").setSortProperty("enabled").setFlexGrow(1);
        grid.addColumn(u -> DATE.format(u.createdAt())).setHeader("Created").setSortProperty("createdAt");
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> accounts.searchUsers(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        grid.setAriaLabel("Users");

        var body = new Div(head, filter, grid);
        body.addClassName("qd-grid-page");
        add(body);
    }

    private Select<Role> roleSelect(UserSummary user) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(UsersView::roleLabel);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                accounts.changeRole(user.id(), e.getValue());
                Notifications.success(user.displayName() + " is now " + roleLabel(e.getValue()).toLowerCase() + ".");
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
                select.setValue(e.getOldValue());
            }
        });
        return select;
    }

    private static Span statusBadge(UserSummary user) {
        var badge = new Span(user.enabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(UserSummary user) {
        var toggle = new Button(user.enabled() ? "Disable" : "Enable", e -> toggleEnabled(user));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
        var reset = new Button("Reset password", e -> confirmReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel("Reset the password of " + user.username());
        var row = new HorizontalLayout(toggle, reset);
        row.setSpacing(false);
        return row;
    }

    private void toggleEnabled(UserSummary user) {
        if (!user.enabled()) {
            apply(() -> accounts.setEnabled(user.id(), true), user.displayName() + " can sign in again.");
            return;
        }
        var dialog = new ConfirmDialog("Disable " + user.displayName() + "?",
                "They are signed out at once and cannot sign in until you enable the account again. "
                        + "Their data is kept.", "Disable",
                e -> apply(() -> accounts.setEnabled(user.id(), false), user.displayName() + " is disabled."));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmReset(UserSummary user) {
        var dialog = new ConfirmDialog("Reset the password of " + user.displayName() + "?",
                "A new temporary password replaces the old one and their open sessions end.", "Reset",
                e -> {
                    try {
                        showTemporaryPassword(user, accounts.resetPassword(user.id()));
                    } catch (InvalidInputException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void showTemporaryPassword(UserSummary user, String password) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.displayName());
        var code = new Span(password);
        code.addClassName("qd-secret");
        dialog.add(new Paragraph("Give this password to " + user.displayName()
                + " privately. It is shown only once; they can change it under Account."), code);
        var close = new Button("Done", e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        var name = new TextField("Display name");
        var username = new TextField("Username");
        var password = new PasswordField("Password");
        password.setHelperText("At least 8 characters; not the username.");
        var role = new Select<Role>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(UsersView::roleLabel);
        role.setValue(Role.INSTRUCTOR);
        var form = new FormLayout(name, username, password, role);
        dialog.add(form);
        var save = new Button("Create", e -> {
            try {
                var created = accounts.createUser(username.getValue(), name.getValue(), password.getValue(),
                        role.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success("Created " + created.username() + ".");
            } catch (InvalidInputException ex) {
                var field = switch (ex.field() == null ? "" : ex.field()) {
                    case "username" -> username;
                    case "password" -> password;
                    default -> name;
                };
                if (field == password) {
                    password.setErrorMessage(ex.getMessage());
                    password.setInvalid(true);
                } else {
                    field.setErrorMessage(ex.getMessage());
                    field.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void apply(Runnable action, String success) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
            Notifications.success(success);
        } catch (InvalidInputException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case STUDENT -> "Student";
            case INSTRUCTOR -> "Instructor";
            case ADMIN -> "Admin";
        };
    }
}
