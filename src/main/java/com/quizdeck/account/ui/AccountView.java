package com.quizdeck.account.ui;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: who they are, and a new password. */
@Route("account")
@PageTitle("Account · Quizdeck")
@PermitAll
class AccountView extends Main {

    AccountView(AccountService accounts) {
        addClassName("qd-page");
        var me = CurrentUser.require();
        var who = new Paragraph(me.displayName() + " · signed in as " + me.getUsername() + " · "
                + UsersView.roleLabel(me.role()));
        who.addClassName("qd-muted");

        var current = new PasswordField("Current password");
        var next = new PasswordField("New password");
        next.setHelperText("At least 8 characters; not your username.");
        var repeat = new PasswordField("New password again");
        var save = new Button("Change password", e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success("Your password is changed.");
            } catch (InvalidInputException ex) {
                var field = "currentPassword".equals(ex.field()) ? current : next;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(new H3("Password"), current, next, repeat, save);
        card.addClassNames("qd-card", "qd-form-card");
        add(new H2("Account"), who, card);
    }
}
