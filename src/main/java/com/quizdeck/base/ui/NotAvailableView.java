package com.quizdeck.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees at an address that does not exist. {@link NotAllowedView} shows the same page for
 * an address that is not theirs (a student typing an instructor's address), so that it reveals
 * nothing about which pages exist; inside the app frame, with a way home. Error views are checked
 * by the navigation access control like routes, hence {@code @AnonymousAllowed}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAvailableView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotAvailableView() {
        addClassNames("qd-page", "qd-not-available");
        var icon = VaadinIcon.MAP_MARKER.create();
        icon.addClassName("qd-empty-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new H2(getTranslation("base.not-available.title")),
                new Paragraph(getTranslation("base.not-available.text")),
                new Anchor("", getTranslation("base.not-available.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.not-available.page-title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
