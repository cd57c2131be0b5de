package com.quizdeck.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches Lumo's dark theme on and off for this browser. The choice is kept in the browser's local storage
 * ({@code qd-theme}) and applied before the first paint by the app shell's inline script, so every page, the
 * sign-in page included, opens in the chosen theme. A toggle button: {@code aria-pressed} says whether it is on.
 */
public class ThemeSwitch extends Button {

    /** The key in the browser's local storage. */
    public static final String STORAGE_KEY = "qd-theme";

    /** Runs in the page's head before anything renders (see AppShell). */
    public static final String APPLY_SCRIPT = "try { if (localStorage.getItem('" + STORAGE_KEY + "') === 'dark') "
            + "document.documentElement.setAttribute('theme', 'dark'); } catch (e) {}";

    /**
     * @param withText true: the words on the button (account page); false: an icon with an accessible name (header)
     */
    public ThemeSwitch(boolean withText) {
        super(VaadinIcon.MOON_O.create());
        var label = getTranslation("base.theme.dark");
        if (withText) {
            setText(label);
        } else {
            setAriaLabel(label);
            setTooltipText(label);
            addThemeVariants(ButtonVariant.LUMO_ICON);
        }
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("qd-theme-switch");
        getElement().setAttribute("aria-pressed", "false");
        // All in the browser: no round trip, and the state is the browser's.
        getElement().executeJs("""
                const button = this;
                const sync = () => button.setAttribute('aria-pressed',
                    String(document.documentElement.getAttribute('theme') === 'dark'));
                sync();
                button.addEventListener('click', () => {
                  const dark = document.documentElement.getAttribute('theme') !== 'dark';
                  if (dark) document.documentElement.setAttribute('theme', 'dark');
                  else document.documentElement.removeAttribute('theme');
                  try { localStorage.setItem($0, dark ? 'dark' : 'light'); } catch (e) {}
                  document.querySelectorAll('.qd-theme-switch').forEach(b =>
                      b.setAttribute('aria-pressed', String(dark)));
                });""", STORAGE_KEY);
    }
}
