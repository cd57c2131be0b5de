package com.quizdeck.account.ui;

import com.quizdeck.account.LoginThrottledException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** Sign-in on Spring Security's form login; says why a sign-in was refused. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("qd-auth-page");

        var logo = new Image("images/quizdeck-icon.svg", "");
        logo.addClassName("qd-auth-logo");
        var title = new H1(getTranslation("account.login.app"));
        title.addClassName("qd-auth-title");
        var tagline = new Span(getTranslation("account.login.tagline"));
        tagline.addClassName("qd-auth-tagline");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(loginTexts());

        notice.addClassName("qd-auth-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");

        var register = new Paragraph(getTranslation("account.login.new-student") + " ");
        register.add(new Anchor("register", getTranslation("account.login.register")));
        register.addClassName("qd-auth-footer");
        var forgot = new Paragraph(getTranslation("account.login.forgot"));
        forgot.addClassName("qd-auth-hint");

        var card = new Div(logo, title, tagline, notice, login, register, forgot);
        card.addClassName("qd-auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("registered")) {
            showNotice(getTranslation("account.login.registered"));
        }
        if (params.containsKey("expired")) {
            showNotice(getTranslation("account.login.expired"));
        }
        if (params.containsKey("error")) {
            var i18n = loginTexts();
            var error = i18n.getErrorMessage();
            var cause = lastAuthenticationError();
            if (cause instanceof LoginThrottledException || cause instanceof DisabledException) {
                error.setTitle(getTranslation(cause instanceof LoginThrottledException ? "account.login.paused" : "account.login.disabled"));
                error.setMessage(cause.getMessage());
            } else {
                error.setTitle(getTranslation("account.login.incorrect"));
                error.setMessage(getTranslation("account.login.incorrect-text"));
            }
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    /** The login form's own words (Vaadin's defaults), from the account bundle. */
    private LoginI18n loginTexts() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("account.login.title"));
        i18n.getForm().setSubmit(getTranslation("account.login.title"));
        i18n.getForm().setUsername(getTranslation("account.login.username"));
        i18n.getForm().setPassword(getTranslation("account.login.password"));
        return i18n;
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    /** Spring Security's failure handler leaves the exception in the session for the login page. */
    private static AuthenticationException lastAuthenticationError() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return null;
        }
        var session = request.getHttpServletRequest().getSession(false);
        if (session == null) {
            return null;
        }
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e
                ? e : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.login.page-title");
    }
}
