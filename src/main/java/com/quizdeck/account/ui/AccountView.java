package com.quizdeck.account.ui;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.base.ui.ThemeSwitch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: who they are, and a new password. */
@Route("account")
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    AccountView(AccountService accounts) {
        addClassName("qd-page");
        var me = CurrentUser.require();
        var who = new Paragraph(getTranslation("account.who", me.displayName(), me.getUsername(),
                UsersView.roleLabel(me.role())));
        who.addClassName("qd-muted");

        var current = new PasswordField(getTranslation("account.password.current"));
        var next = new PasswordField(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("account.password.rule"));
        var repeat = new PasswordField(getTranslation("account.password.again"));
        var save = new Button(getTranslation("account.password.change"), e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("account.password.differ"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success(getTranslation("account.password.changed"));
            } catch (InvalidInputException ex) {
                var field = "currentPassword".equals(ex.field()) ? current : next;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(new H3(getTranslation("account.password.title")), current, next, repeat, save);
        card.addClassNames("qd-card", "qd-form-card");
        var theme = new Div(new H3(getTranslation("account.appearance.title")),
                new Paragraph(getTranslation("account.appearance.text")), new ThemeSwitch(true));
        theme.addClassNames("qd-card", "qd-form-card");
        add(new H2(getTranslation("account.title")), who, card, theme);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title");
    }
}
