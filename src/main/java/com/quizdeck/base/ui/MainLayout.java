package com.quizdeck.base.ui;

import com.quizdeck.base.DisplayNamed;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every signed-in page: brand, role-dependent navigation, the user and sign-out.
 * Applied automatically ({@code @Layout}); the sign-in and registration pages opt out.
 * Links are by route path so that this module does not depend on the feature modules' views.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authContext;
    private final Span pageTitle = new Span();

    public MainLayout(AuthenticationContext authContext) {
        this.authContext = authContext;
        setPrimarySection(Section.DRAWER);
        addClassName("qd-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.nav.menu"));
        pageTitle.addClassName("qd-page-title");
        var header = new HorizontalLayout(toggle, pageTitle, userMenu());
        header.addClassName("qd-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(pageTitle);
        addToNavbar(header);

        var brand = new Anchor("", brandMark());
        brand.addClassName("qd-brand");
        addToDrawer(brand, navigation());
    }

    private HorizontalLayout brandMark() {
        var logo = new Image("images/quizdeck-icon.svg", "");
        logo.addClassName("qd-brand-logo");
        var name = new Span(getTranslation("base.app.name"));
        name.addClassName("qd-brand-name");
        var mark = new HorizontalLayout(logo, name);
        mark.setAlignItems(HorizontalLayout.Alignment.CENTER);
        mark.setSpacing(false);
        return mark;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("base.nav.main"));
        if (authContext.hasRole("STUDENT")) {
            nav.addItem(new SideNavItem(getTranslation("base.nav.home"), "student", VaadinIcon.HOME.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.quizzes"), "quizzes", VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.flashcards"), "study", VaadinIcon.LIGHTBULB.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.play"), "play", VaadinIcon.BOLT.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.progress"), "progress", VaadinIcon.TRENDING_UP.create()));
        }
        if (authContext.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("base.nav.classes"), "classes", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.decks"), "decks", VaadinIcon.RECORDS.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.teach-quizzes"), "teach/quizzes", VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.live"), "live", VaadinIcon.BOLT.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.dashboards"), "dashboard", VaadinIcon.CHART.create()));
        }
        if (authContext.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("base.nav.users"), "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("base.nav.backup"), "admin/backup", VaadinIcon.ARCHIVE.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("base.nav.account"), "account", VaadinIcon.USER.create()));
        return nav;
    }

    private Div userMenu() {
        var box = new Div();
        box.addClassName("qd-user");
        authContext.getAuthenticatedUser(DisplayNamed.class).ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            avatar.addClassName("qd-user-avatar");
            var name = new Span(user.displayName());
            name.addClassName("qd-user-name");
            var signOut = new Button(getTranslation("base.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authContext.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.addClassName("qd-sign-out");
            box.add(new ThemeSwitch(false), avatar, name, signOut);
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Every view names itself through HasDynamicTitle, in the user's language (no @PageTitle: that is English only).
        String title = getContent() instanceof com.vaadin.flow.router.HasDynamicTitle dynamic ? dynamic.getPageTitle() : null;
        pageTitle.setText(title == null ? "" : title.replace(" · Quizdeck", ""));
    }
}
