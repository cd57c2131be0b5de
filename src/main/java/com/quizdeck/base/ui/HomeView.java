package com.quizdeck.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** "/" sends each user to the home of their role. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authContext;

    HomeView(AuthenticationContext authContext) {
        this.authContext = authContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authContext.hasRole("STUDENT")) {
            event.forwardTo("student");
        } else if (authContext.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            event.forwardTo("classes");
        } else {
            event.forwardTo("login");
        }
    }
}
