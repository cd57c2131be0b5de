package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A live game in class: the teacher projects the summit-diplomacy deck, two demo students (ana, ben) and a
 * guest join on phones, and they play three questions to the podium. Ben reloads his phone in the middle
 * of a question and keeps his score and his chance to answer. The report shows every answer.
 */
class LiveGameJourneyTest extends BrowserTest {

    private static final String PASSWORD = "student-demo-pass";

    @Test
    void aHostAndThreePlayersPlayTheSummitDeckToThePodium() {
        // The host picks three questions of the summit deck (deck order: short answer, single choice, true/false).
        var host = page(Viewport.DESKTOP);
        login(host, "teacher", "teacher-demo-pass");
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live").setExact(true)).click();
        assertThat(heading(host, "Live game")).isVisible();
        button(host, "None").click();
        assertThat(host.getByText("0 questions chosen")).isVisible();
        pick(host, "In June 2000, Kim Jong-il traveled to China");
        pick(host, "Who visited the DPRK the day before U.S. Secretary of State");
        pick(host, "True or false: after assuming power, Xi Jinping initially");
        assertThat(host.getByText("3 questions chosen")).isVisible();
        screenshotBoth(host, "live-start");
        button(host, "Open the lobby").click();
        assertThat(host).hasURL(Pattern.compile("/live/\\d+/host$"));
        var codeHeading = host.locator("h1.qd-live-code");
        assertThat(codeHeading).hasText(Pattern.compile("^\\d{3} \\d{3}$"));
        var code = codeHeading.textContent().replace(" ", "");
        assertThat(host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^QR code to join")))).isVisible();

        // Two students join as themselves, a guest with a nickname.
        var ana = page(Viewport.PHONE);
        login(ana, "ana", PASSWORD);
        open(ana, "play/" + code);
        assertThat(heading(ana, "You're in, Ana Kim!")).isVisible();
        var ben = page(Viewport.PHONE);
        login(ben, "ben", PASSWORD);
        open(ben, "play");
        ben.getByLabel("Game code").fill(code.substring(0, 3) + " " + code.substring(3));
        button(ben, "Join").click();
        assertThat(heading(ben, "You're in, Ben Okafor!")).isVisible();
        var guest = page(Viewport.PHONE);
        open(guest, "play/" + code);
        guest.getByLabel("Your nickname").fill("Guest Gil");
        button(guest, "Join the game").click();
        assertThat(heading(guest, "You're in, Guest Gil!")).isVisible();

        assertThat(host.getByText("3 players", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(host.locator(".qd-live-players")).containsText("Guest Gil");
        screenshotBoth(host, "live-host-lobby");
        screenshot(guest, "live-player-lobby");

        // Question 1: typed answers, graded like quizzes (tolerant).
        button(host, "Start").click();
        assertThat(host.getByText("Question 1 of 3")).isVisible();
        answerTyped(ana, "Jiang Zemin");
        answerTyped(ben, "Xi Jinping");
        screenshot(guest, "live-player-typed-question");
        answerTyped(guest, "jiang zemim");
        assertThat(host.getByText("Time is up")).isVisible(); // everyone answered: locked by itself
        button(host, "Reveal answer").click();
        assertThat(heading(ana, "Right!")).isVisible();
        assertThat(heading(ben, "Wrong")).isVisible();
        assertThat(heading(guest, "Right!")).isVisible();
        assertThat(ana.getByText(Pattern.compile("^\\+\\d+ points$"))).isVisible();
        screenshotBoth(ana, "live-player-result");
        screenshot(ben, "live-player-result-wrong");
        button(host, "Leaderboard").click();
        assertThat(heading(host, "Leaderboard")).isVisible();
        button(host, "Next question").click();

        // Question 2: choice buttons. Ana answers, then Ben's phone reloads before he answers.
        assertThat(host.getByText("Question 2 of 3")).isVisible();
        var anaScore = scoreOf(ana);
        assertThat(choice(ben, "The Chinese Defense Minister")).isVisible();
        screenshotBoth(host, "live-host-question");
        screenshotBoth(ben, "live-player-question");
        choice(ana, "The Chinese Defense Minister").click();
        assertThat(heading(ana, "Answer sent")).isVisible();
        var benScore = ben.locator(".qd-live-play-score").textContent();
        ben.reload();
        waitForVaadin(ben);
        assertThat(choice(ben, "The Chinese Defense Minister")).isVisible(); // still his to answer
        assertThat(ben.locator(".qd-live-play-score")).hasText(benScore);
        choice(ben, "The Chinese Defense Minister").click();
        assertThat(heading(ben, "Answer sent")).isVisible();
        choice(guest, "Kim Dae-jung").click();
        assertThat(host.getByText("Time is up")).isVisible();
        button(host, "Reveal answer").click();
        assertThat(host.locator(".qd-live-answer")).hasText(Pattern.compile("^Answer: [A-D]\\. The Chinese Defense Minister$"));
        assertThat(heading(ben, "Right!")).isVisible();
        assertThat(heading(guest, "Wrong")).isVisible();
        assertThat(scoreOf(ana)).isGreaterThan(anaScore);
        screenshot(host, "live-host-reveal");
        button(host, "Next question").click();

        // Question 3: true or false, then the podium and the report.
        assertThat(host.getByText("Question 3 of 3")).isVisible();
        button(ana, "True").click();
        button(ben, "False").click();
        button(guest, "True").click();
        button(host, "Reveal answer").click();
        assertThat(heading(ben, "Wrong")).isVisible();
        button(host, "Show podium").click();
        assertThat(heading(host, "Podium")).isVisible();
        assertThat(host.locator(".qd-live-step-1")).containsText("Ana Kim");
        assertThat(heading(ana, "Game over")).isVisible();
        assertThat(ana.locator(".qd-live-play-body").getByText("Rank 1 of 3")).isVisible();
        assertThat(heading(host, "All answers (9)")).isVisible();
        var answers = host.getByLabel("All answers", new Page.GetByLabelOptions().setExact(true));
        assertThat(answers.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName("Jiang Zemin").setExact(true)))
                .isVisible();
        assertThat(answers.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName("jiang zemim").setExact(true)))
                .isVisible();
        assertThat(answers.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName("Guest Gil").setExact(true)))
                .hasCount(3);
        assertThat(answers.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName("Ben Okafor").setExact(true)))
                .hasCount(3);
        screenshotBoth(host, "live-host-podium");
        screenshot(ana, "live-player-final");
    }

    private static void pick(Page host, String promptStart) {
        var box = host.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + promptStart)));
        box.check();
        assertThat(box).isChecked();
    }

    private static void answerTyped(Page phone, String text) {
        var field = phone.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true));
        field.fill(text);
        button(phone, "Send answer").click();
        // The last answer locks the question at once, so "Time is up" may replace "Answer sent" quickly.
        assertThat(heading(phone, "Answer sent").or(phone.locator(".qd-live-play-body").getByText("Your answer is in."))).isVisible();
    }

    private static int scoreOf(Page phone) {
        var text = phone.locator(".qd-live-play-score").textContent();
        return Integer.parseInt(text.replaceAll("[^0-9]", "")); // "1,234 pts": grouped in the browser's locale
    }

    private static Locator choice(Page phone, String text) {
        return phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^[A-H]: " + text.replaceAll("[.()\\[\\]?*+]", "\\\\$0"))));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
