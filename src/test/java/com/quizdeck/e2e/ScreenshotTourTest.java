package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the screenshots of every main screen, on a phone (375 px) and a desktop (1280 px), written to
 * {@code docs/screenshots/}, and the README's picture {@code docs/screenshots/readme.png} composed from some of them.
 * Runs only when asked: {@code docs/screenshots.sh} (or {@code ./mvnw test -DskipUnitTests
 * -Dtest=ScreenshotTourTest -Dquizdeck.screenshots=true}).
 */
@EnabledIfSystemProperty(named = "quizdeck.screenshots", matches = "true")
class ScreenshotTourTest extends BrowserTest {

    private static final Path DOCS = Path.of("docs", "screenshots");

    @Test
    void everyMainScreenOnAPhoneAndADesktop() throws IOException {
        Files.createDirectories(DOCS);
        for (var viewport : Viewport.values()) {
            var out = page(viewport, 1);
            shot(out, "login", "01-sign-in");
            shot(out, "join/EAST24", "02-register");
            shot(out, "play", "20-live-join");

            var ana = page(viewport, 1);
            login(ana, viewport == Viewport.PHONE ? "ana" : "chloe", "student-demo-pass");
            shot(ana, "student", "03-student-home");
            shot(ana, "quizzes", "04-quizzes");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Treaties quiz")).click();
            ana.waitForURL(Pattern.compile(".*/attempts/\\d+$"));
            ana.getByRole(AriaRole.RADIO).nth(1).check();
            saved(ana);
            save(ana, "05-quiz-question");
            go(ana, 9);
            save(ana, "06-quiz-matching");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish…")).first().click();
            ana.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
            ana.waitForURL(Pattern.compile(".*/review$"));
            save(ana, "07-quiz-review");
            shot(ana, "study", "08-flashcards");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Study .* now$"))).first().click();
            ana.waitForURL(Pattern.compile(".*/study/\\d+$"));
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")).waitFor();
            save(ana, "09-study-front");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")).click();
            ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Answer").setExact(true)).waitFor();
            save(ana, "10-study-back");
            shot(ana, "account", "11-account");

            var teacher = page(viewport, 1);
            login(teacher, "teacher", "teacher-demo-pass");
            shot(teacher, "classes", "30-classes");
            shot(teacher, "classes/1", "31-class");
            shot(teacher, "decks", "32-decks");
            shot(teacher, "decks/1/edit", "33-deck-editor");
            shot(teacher, "teach/quizzes", "34-teacher-quizzes");
            var admin = page(viewport, 1);
            login(admin, "admin", "admin-demo-pass");
            shot(admin, "admin/users", "40-admin-users");

            var dark = page(viewport, 1);
            dark.context().addInitScript("try { localStorage.setItem('qd-theme', 'dark'); } catch (e) {}");
            login(dark, "ben", "student-demo-pass");
            shot(dark, "student", "50-dark-student-home");
            shot(dark, "study", "51-dark-flashcards");
        }
        liveGame();
        readmePicture();
    }

    /** The projector on a desktop, a guest on a phone and a student on a desktop. */
    private void liveGame() {
        var host = page(Viewport.DESKTOP, 1);
        login(host, "teacher", "teacher-demo-pass");
        var code = LiveDriver.openLobby(host, 300);
        var phone = page(Viewport.PHONE, 1);
        open(phone, "play/" + code);
        phone.getByLabel("Your nickname").fill("Gil");
        LiveDriver.button(phone, "Join the game").click();
        LiveDriver.heading(phone, "You're in, Gil!").waitFor();
        var desk = page(Viewport.DESKTOP, 1);
        login(desk, "ana", "student-demo-pass");
        open(desk, "play/" + code);
        LiveDriver.heading(desk, "You're in, Ana Kim!").waitFor();
        host.getByText("2 players", new Page.GetByTextOptions().setExact(true)).waitFor();
        save(host, "21-live-host-lobby");
        save(phone, "22-live-player-waiting");
        LiveDriver.button(host, "Start").click();
        phone.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true)).fill("Jiang Zemin");
        LiveDriver.button(phone, "Send answer").click();
        desk.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true)).fill("Jiang Zemin");
        LiveDriver.button(desk, "Send answer").click();
        LiveDriver.button(host, "Reveal answer").click();
        LiveDriver.button(host, "Leaderboard").click();
        LiveDriver.button(host, "Next question").click();
        LiveDriver.choice(phone, "The Chinese Defense Minister").waitFor();
        save(phone, "23-live-player-question");
        save(desk, "23-live-player-question");
        save(host, "24-live-host-question");
        LiveDriver.choice(phone, "The Chinese Defense Minister").click();
        LiveDriver.choice(desk, "Kim Dae-jung").click();
        LiveDriver.button(host, "Reveal answer").click();
        LiveDriver.heading(phone, "Right!").waitFor();
        save(phone, "25-live-player-right");
        save(desk, "26-live-player-wrong");
        save(host, "27-live-host-reveal");
        LiveDriver.button(host, "Leaderboard").click();
        LiveDriver.heading(host, "Leaderboard").waitFor();
        save(host, "28-live-host-leaderboard");
        LiveDriver.button(host, "Next question").click();
        LiveDriver.button(phone, "True").click();
        LiveDriver.button(desk, "False").click();
        LiveDriver.button(host, "Reveal answer").click();
        LiveDriver.button(host, "Show podium").click();
        LiveDriver.heading(host, "Podium").waitFor();
        LiveDriver.heading(phone, "Game over").waitFor();
        save(host, "29-live-host-podium");
        save(phone, "29-live-player-final");
    }

    /** Four phone screens and the projector, side by side: the picture at the top of the README. */
    private void readmePicture() throws IOException {
        var html = new StringBuilder("""
                <html><body style="margin:0;background:#eef0f8;font-family:sans-serif">
                <div style="display:flex;gap:18px;padding:24px;align-items:flex-start">""");
        for (var name : new String[] {"03-student-home-phone", "05-quiz-question-phone", "25-live-player-right-phone"}) {
            html.append(img(name, 300, 600));
        }
        html.append(img("27-live-host-reveal-desktop", 820, 600)).append("</div></body></html>");
        var page = page(Viewport.DESKTOP, 1);
        page.setViewportSize(1800, 650);
        page.setContent(html.toString());
        page.waitForFunction("() => [...document.images].every(i => i.complete)");
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("readme.png")).setFullPage(true));
    }

    private static String img(String name, int width, int height) throws IOException {
        var data = Base64.getEncoder().encodeToString(Files.readAllBytes(DOCS.resolve(name + ".png")));
        return "<div style=\"width:" + width + "px;height:" + height + "px;overflow:hidden;border-radius:14px;"
                + "box-shadow:0 6px 24px rgba(20,30,80,.18);background:#fff\"><img style=\"width:100%\" "
                + "src=\"data:image/png;base64," + data + "\"></div>";
    }

    private void shot(Page page, String path, String name) {
        open(page, path);
        save(page, name);
    }

    /** The page as far down as two screens at most: long pages (a review of 29 questions) stay readable files. */
    private static void save(Page page, String name) {
        waitForVaadin(page);
        var viewport = page.viewportSize();
        int content = ((Number) page.evaluate("""
                () => {
                  const layout = document.querySelector('vaadin-app-layout');
                  const part = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
                  return part ? Math.ceil(part.getBoundingClientRect().top + part.scrollHeight)
                      : document.scrollingElement.scrollHeight;
                }""")).intValue();
        int height = Math.min(Math.max(content, viewport.height), viewport.height * 2);
        page.setViewportSize(viewport.width, height);
        try {
            page.evaluate("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => "
                    + "requestAnimationFrame(() => r()))))");
            page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve(name + "-" + Viewport.of(page).label + ".png"))
                    .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        } finally {
            page.setViewportSize(viewport.width, viewport.height);
        }
    }

    private static void saved(Page page) {
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Saved · ")))).isVisible();
    }

    private static void go(Page page, int question) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                        .setName(Pattern.compile("^Question " + question + ", "))).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question " + question + " of 29")).waitFor();
    }
}
