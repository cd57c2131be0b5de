package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.quizdeck.e2e.Keyboard.assertFocusVisible;
import static com.quizdeck.e2e.Keyboard.shiftTabTo;
import static com.quizdeck.e2e.Keyboard.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quiz, flashcard and live-game journeys with the keyboard only: Tab, Shift+Tab, Enter, Space, the arrow keys
 * and typing, no clicks (the teacher's projector in the live game is driven with the mouse: it is not the journey
 * under test). Every control the journey needs is reached by Tab, and shows that it has the focus. Screen-reader
 * announcements (the live regions) are checked on the way: "Saved", the reveal, the result, the countdown.
 */
class KeyboardOnlyJourneysTest extends BrowserTest {

    private static final String PASSWORD = "student-demo-pass";

    @Test
    void aQuizWithTheKeyboardOnly() {
        var page = page(Viewport.DESKTOP);
        keyboardLogin(page, "ana");

        tabTo(page, navLink(page, "Quizzes"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/quizzes$"));

        tabTo(page, button(page, "Start Treaties quiz"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/attempts/\\d+$"));
        assertThat(heading(page, "Question 1 of 29")).isVisible();

        // 1: single choice. Tab into the group, the arrow keys choose.
        tabTo(page, page.getByRole(AriaRole.RADIO).first());
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowUp");
        assertThat(page.getByRole(AriaRole.RADIO).first()).isChecked();
        saved(page, 1);

        // 2: numeric, typed; Tab leaves the field and saves it.
        tabTo(page, button(page, "Next"));
        page.keyboard().press("Enter");
        assertThat(heading(page, "Question 2 of 29")).isVisible();
        tabTo(page, page.getByLabel("Your answer (a number)"));
        page.keyboard().type("1996");
        page.keyboard().press("Tab");
        saved(page, 2);

        // Back with Shift+Tab to Previous, forth again, then the question list to question 10 (true/false).
        shiftTabTo(page, button(page, "Previous"));
        page.keyboard().press("Space");
        assertThat(heading(page, "Question 1 of 29")).isVisible();
        tabTo(page, page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Question 10, "))));
        page.keyboard().press("Enter");
        assertThat(heading(page, "Question 10 of 29")).isVisible();
        tabTo(page, page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("True").setExact(true)));
        page.keyboard().press("Space");
        saved(page, 10);
        tabTo(page, button(page, "Flag question 10 to come back to it"));
        page.keyboard().press("Space");
        assertThat(button(page, "Flag question 10 to come back to it")).hasAttribute("aria-pressed", "true");

        // Finish: the confirmation dialog, then the review.
        tabTo(page, page.locator("vaadin-button.qd-finish"));
        page.keyboard().press("Enter");
        var dialog = page.getByRole(AriaRole.ALERTDIALOG);
        // The dialog takes the focus (its host element has no box of its own: check a button in it).
        tabTo(page, dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/attempts/\\d+/review$"));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Your score")))
                .isVisible();
        // Right and wrong in words, not by colour alone.
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Question 2: (Correct|Incorrect)$"))))
                .isVisible();
        tabTo(page, navLink(page, "Home"));
    }

    @Test
    void flashcardsWithTheKeyboardOnly() {
        var page = page(Viewport.DESKTOP);
        keyboardLogin(page, "ben");
        tabTo(page, navLink(page, "Flashcards"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/study$"));
        tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Study .* now$"))).first());
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/study/\\d+$"));
        var show = button(page, "Show answer");
        assertThat(show).isFocused();
        assertFocusVisible(page);
        var live = page.locator(".qd-study [aria-live]").first();

        for (var rating : new String[] {"Good", "Again", "Easy"}) {
            page.keyboard().press("Space");
            assertThat(heading(page, "Answer")).isVisible();
            assertThat(live).containsText("Answer shown");
            tabTo(page, page.locator(".qd-rate-" + rating.toLowerCase()));
            page.keyboard().press("Enter");
            assertThat(live).containsText(rating + ": this card comes back in");
            assertThat(show).isFocused();
        }
        tabTo(page, button(page, "Undo"));
        page.keyboard().press("Enter");
        assertThat(live).containsText("Rating undone");
        tabTo(page, navLink(page, "Flashcards"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/study$"));
    }

    @Test
    void aLiveGameOnAPlayersPhoneWithTheKeyboardOnly() {
        var host = page(Viewport.DESKTOP);
        login(host, "teacher", "teacher-demo-pass");
        open(host, "live");
        // 300 s a question, but 15 s for the true/false one: its countdown's milestones are announced.
        LiveDriver.button(host, "None").click();
        // Wait for "None" to come back from the server: a box ticked before that would be cleared by its answer.
        assertThat(host.getByText("0 questions chosen")).isVisible();
        for (var prompt : new String[] {LiveDriver.SHORT_ANSWER, LiveDriver.SINGLE_CHOICE, LiveDriver.TRUE_FALSE}) {
            var box = host.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + prompt)));
            box.check();
            assertThat(box).isChecked();
        }
        assertThat(host.getByText("3 questions chosen")).isVisible();
        host.getByLabel("Seconds per question", new Page.GetByLabelOptions().setExact(true)).fill("300");
        host.getByText("Other times for some questions").click();
        host.getByLabel(Pattern.compile("^Seconds for: " + LiveDriver.escape(LiveDriver.TRUE_FALSE))).fill("15");
        host.keyboard().press("Tab");
        var code = LiveDriver.startLobby(host);

        // The player: a guest with a keyboard (a phone with a keyboard, or a laptop).
        var player = page(Viewport.DESKTOP);
        open(player, "play");
        var codeField = player.getByLabel("Game code");
        tabTo(player, codeField);
        player.keyboard().type(code.substring(0, 3) + " " + code.substring(3));
        player.keyboard().press("Enter");
        var nickname = player.getByLabel("Your nickname");
        tabTo(player, nickname);
        player.keyboard().type("Keyboard Kim");
        player.keyboard().press("Enter");
        assertThat(heading(player, "You're in, Keyboard Kim!")).isVisible();
        var said = player.locator(".qd-live-announcer");
        assertThat(said).containsText("You're in, Keyboard Kim!");

        // 1: typed; Enter sends.
        LiveDriver.button(host, "Start").click();
        var answer = player.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true));
        assertThat(said).containsText("Question 1 of 3.");
        tabTo(player, answer);
        player.keyboard().type("Jiang Zemin");
        player.keyboard().press("Enter");
        assertThat(heading(player, "Answer sent").or(heading(player, "Time is up"))).isVisible();
        LiveDriver.button(host, "Reveal answer").click();
        assertThat(heading(player, "Right!")).isVisible();
        assertThat(said).containsText(Pattern.compile("^Right! \\+[\\d,]+ points\\. Answer: .*Score: [\\d,]+\\. Rank 1 of 1"));
        LiveDriver.button(host, "Leaderboard").click();
        LiveDriver.button(host, "Next question").click();

        // 2: choice buttons; Tab to one, Space sends it.
        var choice = LiveDriver.choice(player, "The Chinese Defense Minister");
        tabTo(player, choice);
        player.keyboard().press("Space");
        assertThat(heading(player, "Answer sent").or(heading(player, "Time is up"))).isVisible();
        LiveDriver.button(host, "Reveal answer").click();
        assertThat(heading(player, "Right!")).isVisible();
        LiveDriver.button(host, "Next question").click();

        // 3: true or false in 15 s. The milestone "10 seconds left" is announced; then Shift+Tab to False, Enter.
        var milestones = player.locator(".qd-live-milestone");
        assertThat(milestones).hasText("10 seconds left", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasTextOptions().setTimeout(20_000));
        shiftTabTo(player, LiveDriver.button(player, "False"));
        player.keyboard().press("Enter");
        assertThat(heading(player, "Answer sent").or(heading(player, "Time is up"))).isVisible();
        LiveDriver.button(host, "Reveal answer").click();
        assertThat(heading(player, "Wrong").or(heading(player, "Right!"))).isVisible();
        assertThat(said).containsText(Pattern.compile("^(Wrong|Right!) "));
        LiveDriver.button(host, "Show podium").click();
        assertThat(heading(player, "Game over")).isVisible();
        // The live region alternates a trailing no-break space so that a repeated text is read out again.
        assertThat(said).containsText(Pattern.compile("^Game over\\. You scored [\\d,]+ points\\. Rank 1 of 1[\\s\\u00A0]?$"));
    }

    /** Signs in with Tab, typing and Enter. */
    private void keyboardLogin(Page page, String username) {
        open(page, "login");
        tabTo(page, page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)));
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        assertFocusVisible(page);
        page.keyboard().type(PASSWORD);
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        waitForVaadin(page);
        assertThat(page).not().hasURL(Pattern.compile("/login"));
    }

    private void saved(Page page, int question) {
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Saved · question " + question + " · ")))).isVisible();
    }

    private static Locator navLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
