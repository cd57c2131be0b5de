package com.quizdeck.classroom.ui;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.account.PasswordPolicy;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.JoinCodes;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * A student creates an account with the join code their teacher gave them. Reached as
 * {@code /register} or through a class's join link {@code /join/CODE}; a signed-in student who
 * follows a join link is sent to their home page with the code filled in.
 */
@Route(value = "register", autoLayout = false)
@RouteAlias(value = "join/:code?", autoLayout = false)
@AnonymousAllowed
class RegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final transient AuthenticationContext authContext;

    final TextField joinCode = new TextField(getTranslation("classroom.register.code"));
    final TextField displayName = new TextField(getTranslation("classroom.register.name"));
    final TextField username = new TextField(getTranslation("classroom.register.username"));
    final PasswordField password = new PasswordField(getTranslation("classroom.register.password"));
    final PasswordField repeat = new PasswordField(getTranslation("classroom.register.again"));
    final Button submit = new Button(getTranslation("classroom.register.submit"));
    private final Paragraph joining = new Paragraph();

    RegisterView(ClassroomService classrooms, AuthenticationContext authContext) {
        this.classrooms = classrooms;
        this.authContext = authContext;
        addClassName("qd-auth-page");

        var logo = new Image("images/quizdeck-icon.svg", "");
        logo.addClassName("qd-auth-logo");
        var title = new H1(getTranslation("classroom.register.title"));
        title.addClassName("qd-auth-title");

        joinCode.setHelperText(getTranslation("classroom.register.code-help"));
        joinCode.setMaxLength(12);
        joinCode.setValueChangeMode(ValueChangeMode.LAZY);
        joinCode.addValueChangeListener(e -> showClassName());
        joinCode.addClassName("qd-code-field");
        joining.addClassName("qd-joining");
        joining.getElement().setAttribute("aria-live", "polite");
        displayName.setHelperText(getTranslation("classroom.register.name-help"));
        displayName.setMaxLength(100);
        username.setHelperText(getTranslation("classroom.register.username-help"));
        username.setMaxLength(32);
        password.setHelperText(getTranslation("classroom.register.password-help", PasswordPolicy.MIN_LENGTH));
        for (var f : new TextField[] {joinCode, displayName, username}) {
            f.setWidthFull();
            f.setRequiredIndicatorVisible(true);
        }
        for (var f : new PasswordField[] {password, repeat}) {
            f.setWidthFull();
            f.setRequiredIndicatorVisible(true);
        }
        username.getElement().setAttribute("autocomplete", "username");
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        displayName.getElement().setAttribute("autocomplete", "name");

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> register());
        submit.addClickShortcut(Key.ENTER);

        var signIn = new Paragraph(getTranslation("classroom.register.have-account"));
        signIn.add(new Anchor("login", getTranslation("classroom.register.sign-in")));
        signIn.addClassName("qd-auth-footer");

        var card = new Div(logo, title, joinCode, joining, displayName, username, password, repeat, submit, signIn);
        card.addClassNames("qd-auth-card", "qd-register-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        if (authContext.isAuthenticated()) {
            event.forwardTo("student", com.vaadin.flow.router.QueryParameters.of("code", code));
            return;
        }
        if (!code.isBlank()) {
            joinCode.setValue(JoinCodes.normalise(code));
            displayName.focus();
        } else {
            joinCode.focus();
        }
    }

    private void showClassName() {
        var name = classrooms.classNameForCode(joinCode.getValue());
        joining.setText(name.map(n -> getTranslation("classroom.register.joining", n)).orElse(""));
        joining.setVisible(name.isPresent());
    }

    private void register() {
        for (var f : new TextField[] {joinCode, displayName, username}) {
            f.setInvalid(false);
        }
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("classroom.register.differ"));
            repeat.setInvalid(true);
            return;
        }
        try {
            var student = classrooms.registerStudent(joinCode.getValue(), displayName.getValue(),
                    username.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login",
                    com.vaadin.flow.router.QueryParameters.of("registered", student.username())));
        } catch (InvalidInputException ex) {
            switch (ex.field() == null ? "" : ex.field()) {
                case "joinCode" -> invalid(joinCode, ex.getMessage());
                case "username" -> invalid(username, ex.getMessage());
                case "password" -> {
                    password.setErrorMessage(ex.getMessage());
                    password.setInvalid(true);
                }
                default -> invalid(displayName, ex.getMessage());
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.register.page-title");
    }
}
