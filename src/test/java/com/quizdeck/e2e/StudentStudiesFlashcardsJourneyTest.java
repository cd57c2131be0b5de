package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.quizdeck.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo student ana studies the article's treaty deck on a phone with the keyboard only (Space to show the
 * answer, 1 to 4 to rate), leaves, and comes back as time passes: the counts of new, learning and due cards and the
 * next due times (in her browser's time zone, Seoul) are what FSRS says. The application's clock is frozen and moved
 * by the test; interval fuzz is off, so that review intervals are exact.
 */
@TestPropertySource(properties = "quizdeck.study.fuzz=false")
class StudentStudiesFlashcardsJourneyTest extends BrowserTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String DECK = "Treaties of the Russia–DPRK alliance: 1961, 2000 and 2024";
    private static final String STUDENT_PASSWORD = "student-demo-pass";

    @Autowired
    TestClock clock;

    private Instant start;

    @Override
    protected String timezoneId() {
        return SEOUL.getId();
    }

    @BeforeEach
    void freezeAtTenInTheMorningInSeoul() {
        start = LocalDate.now(SEOUL).atTime(10, 0).atZone(SEOUL).toInstant();
        clock.freeze(start);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anaStudiesTheTreatyDeckWithTheKeyboardLeavesAndComesBack() {
        var phone = page(Viewport.PHONE);
        login(phone, "ana", STUDENT_PASSWORD);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Flashcards")).click();
        assertThat(phone).hasURL(Pattern.compile("/study$"));
        assertThat(heading(phone, "Flashcards")).isVisible();

        // A deck never opened: 29 questions, 20 new today (the daily limit), 9 for later days.
        var deck = deckCard(phone);
        assertCounts(deck, 20, 0, 0);
        assertThat(deck).containsText("20 cards to study now.");
        assertThat(deck).containsText("9 more new on later days.");
        screenshotBoth(phone, "flashcards");

        deck.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Study " + DECK + " now")).click();
        assertThat(phone).hasURL(Pattern.compile("/study/\\d+$"));
        assertThat(heading(phone, DECK)).isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer"))).isFocused();
        var study = phone.locator(".qd-study");
        assertCounts(study, 20, 0, 0);
        screenshotBoth(phone, "study-front");

        // Keyboard only from here: Space shows the answer, 1-4 rate. Again, Hard, Good, Easy in turn.
        for (int i = 0; i < 20; i++) {
            phone.keyboard().press("Space");
            assertThat(heading(phone, "Answer")).isVisible();
            if (i == 0) {
                assertThat(phone.locator(".qd-rate-again")).containsText("1 min");
                assertThat(phone.locator(".qd-rate-hard")).containsText("5.5 min");
                assertThat(phone.locator(".qd-rate-good")).containsText("10 min");
                assertThat(phone.locator(".qd-rate-easy")).containsText("8 d");
                screenshot(phone, "study-back");
            }
            phone.keyboard().press(Integer.toString(i % 4 + 1));
            assertThat(study.locator(".qd-count-new")).hasText((19 - i) + " new");
        }
        // Learning cards come back within the session when due; none is due yet (the clock stands still).
        assertThat(phone.getByText("All caught up", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(study).containsText("The next card is due in 1 min (" + at(start.plusSeconds(60)) + ").");
        assertThat(study).containsText("9 new cards wait for another day.");
        assertCounts(study, 0, 0, 0);
        screenshot(phone, "study-caught-up");

        // Leave, and the deck says when to come back.
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("All flashcards")).click();
        assertThat(phone).hasURL(Pattern.compile("/study$"));
        deck = deckCard(phone);
        assertCounts(deck, 0, 0, 0);
        assertThat(deck).containsText("All caught up. Next card in 1 min (" + at(start.plusSeconds(60)) + ").");
        assertThat(deck).containsText("9 more new on later days.");
        // The chart counts today's 20 reviews.
        assertThat(phone.locator(".qd-activity-summary")).hasText(Pattern.compile("^20 reviews in 30 days.*"));

        // A minute later: the five Again cards are due.
        clock.advance(Duration.ofMinutes(1));
        open(phone, "study");
        deck = deckCard(phone);
        assertCounts(deck, 0, 5, 0);
        assertThat(deck).containsText("5 cards to study now.");
        deck.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Study " + DECK + " now")).click();
        // On a loaded machine the navigation can take a while: wait for the study screen's address first.
        phone.waitForURL(Pattern.compile(".*/study/\\d+.*"), new Page.WaitForURLOptions().setTimeout(60_000));
        study = phone.locator(".qd-study");
        assertCounts(study, 0, 5, 0);
        assertThat(phone.locator(".qd-card-status")).hasText("Learning");
        for (int i = 0; i < 5; i++) {
            phone.keyboard().press("Space");
            assertThat(heading(phone, "Answer")).isVisible();
            phone.keyboard().press("3");
            assertThat(study.locator(".qd-count-learning")).hasText((4 - i) + " learning");
        }
        // Next: the five Hard cards, 5.5 minutes after the first session.
        assertThat(study).containsText("The next card is due in 4.5 min (" + at(start.plusSeconds(330)) + ").");

        // Eleven minutes after the start: Hard (10:05:30), Good (10:10) and the re-rated Again cards (10:11).
        clock.freeze(start.plus(Duration.ofMinutes(11)));
        open(phone, "study");
        assertCounts(deckCard(phone), 0, 15, 0);

        // Tomorrow at ten: nine new cards (the rest of the deck), fifteen learning; the Easy ones wait 8 days.
        clock.freeze(start.plus(Duration.ofDays(1)));
        open(phone, "study");
        deck = deckCard(phone);
        assertCounts(deck, 9, 15, 0);
        assertThat(deck).containsText("24 cards to study now.");

        clock.freeze(start.plus(Duration.ofDays(8)));
        open(phone, "study");
        assertCounts(deckCard(phone), 9, 15, 5);
        screenshotBoth(phone, "flashcards-later");
    }

    @Test
    void theStudyScreenBackOnADesktopAndADeckThatIsNotSharedIsNotAvailable() {
        var desktop = page(Viewport.DESKTOP);
        login(desktop, "ben", STUDENT_PASSWORD);
        open(desktop, "study");
        deckCard(desktop).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Study " + DECK + " now")).click();
        assertThat(desktop).hasURL(Pattern.compile("/study/\\d+$"));
        assertThat(desktop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer"))).isFocused();
        desktop.keyboard().press("Space");
        assertThat(heading(desktop, "Answer")).isVisible();
        assertThat(desktop.locator(".qd-source-label")).hasText("From the source");
        screenshot(desktop, "study-back");

        // Typed answers: spaces and digits typed into the field neither turn nor rate the card; Enter turns it.
        desktop.getByText("Settings", new Page.GetByTextOptions().setExact(true)).click();
        desktop.getByLabel("Type my answer first (short-answer and flashcard cards)").check();
        desktop.keyboard().press("4");
        for (int i = 1; i < 13; i++) {
            assertThat(desktop.locator(".qd-study .qd-count-new")).hasText((20 - i) + " new");
            desktop.keyboard().press("Space");
            assertThat(heading(desktop, "Answer")).isVisible();
            desktop.keyboard().press("4");
        }
        assertThat(desktop.locator(".qd-card-type")).hasText("Short answer");
        var answer = desktop.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true));
        assertThat(answer).isFocused();
        desktop.keyboard().type("1 2 3 4 in 1996");
        assertThat(answer).hasValue("1 2 3 4 in 1996");
        assertThat(heading(desktop, "Answer")).not().isVisible();
        assertThat(desktop.locator(".qd-study .qd-count-new")).hasText("7 new");
        desktop.keyboard().press("Enter");
        assertThat(heading(desktop, "Answer")).isVisible();
        assertThat(desktop.locator(".qd-typed-result")).containsText("Not right");
        assertThat(desktop.locator(".qd-typed-result")).containsText("Suggested: Again (1)");
        screenshot(desktop, "study-typed");

        open(desktop, "study/999999");
        assertThat(desktop.getByText("This page is not available")).isVisible();
    }

    @Test
    void theFlashcardScreensPassAxeOnAPhoneAndADesktop() {
        for (var viewport : Viewport.values()) {
            var page = page(viewport);
            login(page, "chloe", STUDENT_PASSWORD);
            open(page, "study");
            axe(page, "flashcards", viewport);
            deckCard(page).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Study " + DECK + " now")).click();
            assertThat(page).hasURL(Pattern.compile("/study/\\d+$"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")))
                    .isFocused();
            axe(page, "study front", viewport);
            page.keyboard().press("Space");
            assertThat(heading(page, "Answer")).isVisible();
            axe(page, "study back", viewport);
            open(page, page.url().replaceAll("^.*/(study/\\d+)$", "$1") + "?mode=practice");
            assertThat(page.getByText("Practice", new Page.GetByTextOptions().setExact(true))).isVisible();
            axe(page, "practice", viewport);
            screenshot(page, "study-practice");
        }
    }

    /** axe-core's WCAG 2.2 A/AA rules on the page as it is; serious and critical violations fail. */
    private static void axe(Page page, String label, Viewport viewport) {
        waitForVaadin(page);
        var results = new AxeBuilder(page).setLegacyMode(true).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        var blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> label + " (" + viewport.name().toLowerCase(Locale.ROOT) + "): " + rule.getImpact() + " "
                        + rule.getId() + " — " + rule.getHelp() + " " + rule.getNodes().stream().limit(3)
                                .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(blocking).as("serious or critical accessibility violations")
                .isEmpty();
    }

    private static Locator deckCard(Page page) {
        return page.locator(".qd-deck-study").filter(new Locator.FilterOptions().setHasText(DECK)).first();
    }

    private static void assertCounts(Locator scope, int fresh, int learning, int due) {
        assertThat(scope.locator(".qd-count-new").first()).hasText(fresh + " new");
        assertThat(scope.locator(".qd-count-learning").first()).hasText(learning + " learning");
        assertThat(scope.locator(".qd-count-due").first()).hasText(due + " due");
    }

    /** A time as the app shows it to a browser in Seoul with English (US). */
    private static String at(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.US).withZone(SEOUL)
                .format(instant);
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
