package com.quizdeck.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user at a page their role may not open: the same page as a missing one. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAllowedView extends Composite<NotAvailableView>
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getContent().getPageTitle();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
