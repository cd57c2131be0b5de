package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * Steps of a live game that several browser tests share: the teacher (already signed in on {@code host}) opens a
 * lobby for three questions of the summit deck (short answer, single choice, true/false), with a long timer so that
 * slow checks between steps do not run out the clock.
 */
final class LiveDriver {

    static final String SHORT_ANSWER = "In June 2000, Kim Jong-il traveled to China";
    static final String SINGLE_CHOICE = "Who visited the DPRK the day before U.S. Secretary of State";
    static final String TRUE_FALSE = "True or false: after assuming power, Xi Jinping initially";

    private LiveDriver() {
    }

    /** Opens the live start page, picks the three questions, sets the seconds, opens the lobby; returns the code. */
    static String openLobby(Page host, int seconds) {
        host.navigate("live");
        assertThat(heading(host, "Live game")).isVisible();
        button(host, "None").click();
        assertThat(host.getByText("0 questions chosen")).isVisible();
        for (var prompt : new String[] {SHORT_ANSWER, SINGLE_CHOICE, TRUE_FALSE}) {
            var box = host.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + prompt)));
            box.check();
            assertThat(box).isChecked();
        }
        var field = host.getByLabel("Seconds per question", new Page.GetByLabelOptions().setExact(true));
        field.fill(String.valueOf(seconds));
        field.press("Tab");
        return startLobby(host);
    }

    /** On the start page with questions chosen: opens the lobby and reads the join code. */
    static String startLobby(Page host) {
        button(host, "Open the lobby").click();
        assertThat(host).hasURL(Pattern.compile("/live/\\d+/host$"));
        var codeHeading = host.locator("h1.qd-live-code");
        assertThat(codeHeading).hasText(Pattern.compile("^\\d{3} \\d{3}$"));
        return codeHeading.textContent().replace(" ", "");
    }

    /** Escapes a text for a regular expression (Playwright hands patterns to JavaScript: no \\Q...\\E). */
    static String escape(String text) {
        return text.replaceAll("[.()\\[\\]?*+^$|{}\\\\]", "\\\\$0");
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator choice(Page phone, String text) {
        return phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^[A-H]: " + escape(text))));
    }
}
