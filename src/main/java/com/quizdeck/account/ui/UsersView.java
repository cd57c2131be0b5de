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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Admin: every user, lazily paged; create, change role, disable, reset a password. */
@Route("admin/users")
@RolesAllowed("ADMIN")
class UsersView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("qd-page");

        var title = new H2(getTranslation("account.users.title"));
        var create = new Button(getTranslation("account.users.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var head = new HorizontalLayout(title, create);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);

        filter.setPlaceholder(getTranslation("account.users.search"));
        filter.setAriaLabel(getTranslation("account.users.search-label"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("account.users.name")).setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("account.users.username")).setSortProperty("username").setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("account.users.role")).setSortProperty("role").setFlexGrow(1);
        grid.addComponentColumn(UsersView::statusBadge).setHeader(getTranslation("account.users.status")).setSortProperty("enabled").setFlexGrow(1);
        grid.addColumn(u -> DATE.withLocale(getLocale()).format(u.createdAt())).setHeader(getTranslation("account.users.created-col")).setSortProperty("createdAt");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("account.users.actions")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> accounts.searchUsers(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("account.users.title"));

        var body = new Div(head, filter, grid);
        body.addClassName("qd-grid-page");
        add(body);
    }

    private Select<Role> roleSelect(UserSummary user) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(UsersView::roleLabel);
        select.setValue(user.role());
        select.setAriaLabel(getTranslation("account.users.role-of", user.username()));
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                accounts.changeRole(user.id(), e.getValue());
                Notifications.success(getTranslation("account.users.role-changed", user.displayName(), roleLabel(e.getValue()).toLowerCase(getLocale())));
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
                select.setValue(e.getOldValue());
            }
        });
        return select;
    }

    private static Span statusBadge(UserSummary user) {
        var badge = new Span(com.vaadin.flow.i18n.I18NProvider.translate(user.enabled() ? "account.users.active" : "account.users.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(UserSummary user) {
        var toggle = new Button(getTranslation(user.enabled() ? "account.users.disable" : "account.users.enable"), e -> toggleEnabled(user));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setAriaLabel(getTranslation(user.enabled() ? "account.users.disable-label" : "account.users.enable-label", user.username()));
        var reset = new Button(getTranslation("account.users.reset-password"), e -> confirmReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel(getTranslation("account.users.reset-label", user.username()));
        var row = new HorizontalLayout(toggle, reset);
        row.setSpacing(false);
        return row;
    }

    private void toggleEnabled(UserSummary user) {
        if (!user.enabled()) {
            apply(() -> accounts.setEnabled(user.id(), true), getTranslation("account.users.enabled", user.displayName()));
            return;
        }
        var dialog = new ConfirmDialog(getTranslation("account.users.disable-title", user.displayName()),
                getTranslation("account.users.disable-text"), getTranslation("account.users.disable"),
                e -> apply(() -> accounts.setEnabled(user.id(), false), getTranslation("account.users.is-disabled", user.displayName())));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmReset(UserSummary user) {
        var dialog = new ConfirmDialog(getTranslation("account.users.reset-title", user.displayName()),
                getTranslation("account.users.reset-text"), getTranslation("account.users.reset"),
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
        dialog.setHeaderTitle(getTranslation("account.users.new-password", user.displayName()));
        var code = new Span(password);
        code.addClassName("qd-secret");
        dialog.add(new Paragraph(getTranslation("account.users.give", user.displayName())), code);
        var close = new Button(getTranslation("account.users.done"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.users.new"));
        var name = new TextField(getTranslation("account.users.display-name"));
        var username = new TextField(getTranslation("account.users.username"));
        var password = new PasswordField(getTranslation("account.users.password"));
        password.setHelperText(getTranslation("account.users.password-help"));
        var role = new Select<Role>();
        role.setLabel(getTranslation("account.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(UsersView::roleLabel);
        role.setValue(Role.INSTRUCTOR);
        var form = new FormLayout(name, username, password, role);
        dialog.add(form);
        var save = new Button(getTranslation("account.users.create"), e -> {
            try {
                var created = accounts.createUser(username.getValue(), name.getValue(), password.getValue(),
                        role.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("account.users.created", created.username()));
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
        dialog.getFooter().add(new Button(getTranslation("account.users.cancel"), e -> dialog.close()), save);
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
            case STUDENT -> com.vaadin.flow.i18n.I18NProvider.translate("account.role.student");
            case INSTRUCTOR -> com.vaadin.flow.i18n.I18NProvider.translate("account.role.instructor");
            case ADMIN -> com.vaadin.flow.i18n.I18NProvider.translate("account.role.admin");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.users.page-title");
    }
}
