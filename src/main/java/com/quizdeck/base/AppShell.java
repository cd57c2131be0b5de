package com.quizdeck.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.quizdeck.base.ui.ThemeSwitch;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, our styles, a viewport that suits phones, and server push so that
 * live games reach every screen without a click. Push goes server to browser over a WebSocket (falling back
 * to long polling); the browser's own requests stay plain XHR, through Spring Security's filters, so
 * every request keeps its sign-in (with WebSocket both ways, views lost the security context).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/quizdeck.css")
@Meta(name = "theme-color", content = "#3949ab")
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Quizdeck");
        settings.addFavIcon("icon", "images/quizdeck-icon.svg", "any");
        // The dark theme, if this browser chose it, before the first paint (no flash of the light theme).
        settings.addInlineWithContents(Inline.Position.PREPEND, ThemeSwitch.APPLY_SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
