package com.quizdeck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.2 A/AA rules) on every main screen, in the states a user meets, on a phone and a
 * desktop. Serious and critical violations fail the test; every violation, of any impact, is listed
 * in {@code target/accessibility-report.txt}.
 */
class AccessibilityTest extends BrowserTest {

    private static final List<String> REPORT = new ArrayList<>();

    @Test
    void signedOutScreens() {
        for (var viewport : Viewport.values()) {
            var page = page(viewport);
            check(page, "login", viewport);
            check(page, "login?error", viewport);
            check(page, "register", viewport);
            check(page, "join/EAST24", viewport);
        }
    }

    @Test
    void studentScreens() {
        for (var viewport : Viewport.values()) {
            var page = page(viewport);
            login(page, "ana", "student-demo-pass");
            check(page, "student", viewport);
            check(page, "account", viewport);
            check(page, "classes", viewport); // not available to a student: the error page
            check(page, "no-such-page", viewport);
        }
    }

    @Test
    void instructorAndAdminScreens() {
        for (var viewport : Viewport.values()) {
            var teacher = page(viewport);
            login(teacher, "teacher", "teacher-demo-pass");
            check(teacher, "classes", viewport);
            check(teacher, "classes/1", viewport);
            check(teacher, "decks", viewport);
            var admin = page(viewport);
            login(admin, "admin", "admin-demo-pass");
            check(admin, "admin/users", viewport);
        }
    }

    @Test
    void deckEditorScreens() {
        for (var viewport : Viewport.values()) {
            var teacher = page(viewport);
            login(teacher, "teacher", "teacher-demo-pass");
            check(teacher, "decks/new", viewport);
            check(teacher, "decks/trash", viewport); // empty

            check(teacher, "decks/1/edit", viewport); // a library deck: read only
            // An editable copy with the library deck's questions: the deck page, a question form, the draft page.
            teacher.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Duplicate to edit").setExact(true)).click();
            teacher.waitForURL(url -> url.matches(".*/decks/\\d+/edit$") && !url.endsWith("/decks/1/edit"));
            var copy = teacher.url().replaceFirst("^https?://[^/]+/", "").replace("/edit", "");
            check(teacher, copy + "/edit", viewport);
            check(teacher, copy + "/questions/new?type=single_choice", viewport);
            check(teacher, copy + "/questions/new?type=cloze", viewport);
            check(teacher, copy + "/draft", viewport);
            // In the trash: the deck page says so, and the trash lists it.
            open(teacher, copy + "/edit");
            teacher.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Delete deck").setExact(true)).click();
            teacher.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Move to trash").setExact(true)).click();
            teacher.waitForURL(Pattern.compile(".*/decks$"));
            check(teacher, "decks/trash", viewport);
            check(teacher, copy + "/edit", viewport);
        }
    }

    /** The quiz pages: the list, the attempt page with each kind of control, the review, the teacher's page and form. */
    @Test
    void quizScreens() {
        for (var viewport : Viewport.values()) {
            var student = page(viewport);
            login(student, viewport == Viewport.PHONE ? "ana" : "chloe", "student-demo-pass");
            check(student, "quizzes", viewport);
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Treaties quiz")).click();
            student.waitForURL(Pattern.compile(".*/attempts/\\d+$"));
            analyze(student, "attempt: single choice", viewport);
            for (int question : new int[] {2, 3, 9, 17, 20, 23, 29}) {
                student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^Question " + question + ", "))).click();
                student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                        .setName("Question " + question + " of 29")).waitFor();
                if (question == 23) {
                    student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the answer")).click();
                }
                analyze(student, "attempt: question " + question, viewport);
            }
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish…")).first().click();
            dialogOpened(student);
            analyze(student, "attempt: submit dialog", viewport);
            student.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
            student.waitForURL(Pattern.compile(".*/review$"));
            analyze(student, "review", viewport);
            check(student, "quizzes/1", viewport);

            var teacher = page(viewport);
            login(teacher, "teacher", "teacher-demo-pass");
            check(teacher, "teach/quizzes", viewport);
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New quiz")).click();
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create quiz")).waitFor();
            dialogOpened(teacher);
            analyze(teacher, "teach/quizzes: new quiz form", viewport);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.quizdeck.account.AccountService accounts;
    @org.springframework.beans.factory.annotation.Autowired
    com.quizdeck.classroom.ClassroomService classrooms;
    @org.springframework.beans.factory.annotation.Autowired
    com.quizdeck.quiz.AttemptService attempts;
    @org.springframework.beans.factory.annotation.Autowired
    com.quizdeck.deck.DeckService decks;
    @org.springframework.beans.factory.annotation.Autowired
    com.quizdeck.live.LiveSessionService live;

    /**
     * The dashboards with data in them: Ben submits a quiz attempt and plays a live game with Ana; the teacher's
     * dashboards (with a chart's table view open) and Ben's "My progress".
     */
    @Test
    void dashboardScreens() {
        accounts.runAs("ben", () -> {
            var attemptId = attempts.start(1L);
            var page = attempts.resume(attemptId);
            var first = page.items().getFirst();
            attempts.saveAnswer(attemptId, first.position(), new com.quizdeck.grading.ChoiceResponse(0), first.version());
            return attempts.submit(attemptId);
        });
        var deckId = accounts.runAs("teacher", () -> decks.idOf("rdprk-treaties").orElseThrow());
        var tf = accounts.runAs("teacher", () -> decks.currentQuestions(deckId)).stream()
                .filter(q -> q.type() == com.quizdeck.content.QuestionType.TRUE_FALSE).findFirst().orElseThrow();
        var game = accounts.runAs("teacher", () -> live.create(new com.quizdeck.live.LiveSetup(deckId,
                List.of(tf.questionId()), false, com.quizdeck.live.LiveSettings.defaults(), java.util.Map.of())));
        var ana = accounts.runAs("ana", () -> live.joinAsStudent(game.id()));
        var ben = accounts.runAs("ben", () -> live.joinAsStudent(game.id()));
        accounts.runAs("teacher", () -> live.start(game.id()));
        live.answer(ana, 0, new com.quizdeck.grading.TrueFalseResponse(true));
        live.answer(ben, 0, new com.quizdeck.grading.TrueFalseResponse(false));
        accounts.runAs("teacher", () -> live.reveal(game.id()));
        accounts.runAs("teacher", () -> live.next(game.id()));
        var benId = accounts.runAs("teacher", () -> classrooms.roster(1L)).stream()
                .filter(r -> r.username().equals("ben")).findFirst().orElseThrow().studentId();

        for (var viewport : Viewport.values()) {
            var teacher = page(viewport);
            login(teacher, "teacher", "teacher-demo-pass");
            check(teacher, "dashboard", viewport);
            check(teacher, "dashboard/class/1", viewport);
            check(teacher, "dashboard/quiz/1", viewport);
            teacher.locator(".qd-chart-details summary").first().click();
            analyze(teacher, "dashboard/quiz/1: histogram as a table", viewport);
            check(teacher, "dashboard/quiz/1?attempts=all", viewport);
            check(teacher, "dashboard/class/1/student/" + benId, viewport);
            check(teacher, "dashboard/live/" + game.id(), viewport);
            var student = page(viewport);
            login(student, "ben", "student-demo-pass");
            check(student, "progress", viewport);
        }
    }

    /** The flashcard list and a study session: the card's front, its back with the rating buttons, the next card. */
    @Test
    void studyScreens() {
        for (var viewport : Viewport.values()) {
            var student = page(viewport);
            login(student, "ana", "student-demo-pass");
            studySession(student, "", viewport);
        }
    }

    private void studySession(Page student, String prefix, Viewport viewport) {
        open(student, "study");
        analyze(student, prefix + "study (deck list)", viewport);
        student.locator(".qd-deck-study").first().getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("^Study .* now$"))).click();
        student.waitForURL(Pattern.compile(".*/study/\\d+$"));
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")).waitFor();
        analyze(student, prefix + "study: card front", viewport);
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")).click();
        student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Answer").setExact(true)).waitFor();
        analyze(student, prefix + "study: card back with ratings", viewport);
        student.locator(".qd-rate-good").click();
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")).waitFor();
        analyze(student, prefix + "study: after rating, next card", viewport);
    }

    /**
     * A live game in every state a player and the projector meet: a guest on a phone and a student on a desktop
     * join, answer a typed question, a choice question and a true/false question, see the reveal and the podium.
     */
    @Test
    void liveScreens() {
        liveGame("", this::page);
    }

    @Test
    void liveScreensInTheDarkTheme() {
        liveGame("dark: ", this::darkPage);
    }

    private void liveGame(String prefix, java.util.function.Function<Viewport, Page> pages) {
        var host = pages.apply(Viewport.DESKTOP);
        login(host, "teacher", "teacher-demo-pass");
        open(host, "live");
        analyze(host, prefix + "live: start page", Viewport.DESKTOP);
        var code = LiveDriver.openLobby(host, 300);
        waitForVaadin(host);
        analyze(host, prefix + "live host: lobby with QR", Viewport.DESKTOP);

        var guest = pages.apply(Viewport.PHONE);
        open(guest, "play");
        analyze(guest, prefix + "play: code entry", Viewport.PHONE);
        guest.getByLabel("Game code").fill("999 999");
        LiveDriver.button(guest, "Join").click();
        guest.getByText(Pattern.compile("^No game has the code")).first().waitFor();
        analyze(guest, prefix + "play: unknown code", Viewport.PHONE);
        open(guest, "play/" + code);
        analyze(guest, prefix + "play: nickname", Viewport.PHONE);
        guest.getByLabel("Your nickname").fill("Guest Gil");
        LiveDriver.button(guest, "Join the game").click();
        LiveDriver.heading(guest, "You're in, Guest Gil!").waitFor();
        var student = pages.apply(Viewport.DESKTOP);
        login(student, "ben", "student-demo-pass");
        open(student, "play/" + code);
        LiveDriver.heading(student, "You're in, Ben Okafor!").waitFor();
        var players = new Page[] {guest, student};
        for (var p : players) {
            analyze(p, prefix + "play: waiting in the lobby", Viewport.of(p));
        }
        host.getByText("2 players", new Page.GetByTextOptions().setExact(true)).waitFor();
        analyze(host, prefix + "live host: lobby with players", Viewport.DESKTOP);

        // 1: typed answer
        LiveDriver.button(host, "Start").click();
        host.getByText("Question 1 of 3").waitFor();
        analyze(host, prefix + "live host: question open", Viewport.DESKTOP);
        for (var p : players) {
            p.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true)).waitFor();
            analyze(p, prefix + "play: typed question open", Viewport.of(p));
        }
        guest.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true)).fill("Jiang Zemin");
        LiveDriver.button(guest, "Send answer").click();
        LiveDriver.heading(guest, "Answer sent").waitFor();
        analyze(guest, prefix + "play: answered", Viewport.PHONE);
        student.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true)).fill("Xi Jinping");
        LiveDriver.button(student, "Send answer").click();
        host.getByText("Time is up").waitFor();
        analyze(host, prefix + "live host: everyone answered", Viewport.DESKTOP);
        LiveDriver.button(host, "Reveal answer").click();
        LiveDriver.heading(guest, "Right!").waitFor();
        LiveDriver.heading(student, "Wrong").waitFor();
        analyze(host, prefix + "live host: reveal (typed)", Viewport.DESKTOP);
        for (var p : players) {
            analyze(p, prefix + "play: revealed", Viewport.of(p));
        }
        LiveDriver.button(host, "Leaderboard").click();
        LiveDriver.heading(host, "Leaderboard").waitFor();
        analyze(host, prefix + "live host: leaderboard", Viewport.DESKTOP);
        for (var p : players) {
            analyze(p, prefix + "play: during the leaderboard", Viewport.of(p));
        }

        // 2: choice buttons
        LiveDriver.button(host, "Next question").click();
        host.getByText("Question 2 of 3").waitFor();
        for (var p : players) {
            LiveDriver.choice(p, "The Chinese Defense Minister").waitFor();
            analyze(p, prefix + "play: choice question open", Viewport.of(p));
        }
        analyze(host, prefix + "live host: choice question", Viewport.DESKTOP);
        LiveDriver.choice(guest, "The Chinese Defense Minister").click();
        LiveDriver.choice(student, "Kim Dae-jung").click();
        host.getByText("Time is up").waitFor();
        LiveDriver.button(host, "Reveal answer").click();
        LiveDriver.heading(student, "Wrong").waitFor();
        analyze(host, prefix + "live host: reveal (chart)", Viewport.DESKTOP);
        analyze(student, prefix + "play: revealed, wrong", Viewport.DESKTOP);

        // 3: true or false, not answered by the student; then the podium.
        LiveDriver.button(host, "Next question").click();
        host.getByText("Question 3 of 3").waitFor();
        LiveDriver.button(guest, "True").waitFor();
        analyze(guest, prefix + "play: true/false open", Viewport.PHONE);
        LiveDriver.button(guest, "True").click();
        LiveDriver.button(host, "Lock now").click(); // the student does not answer: the teacher closes it
        LiveDriver.button(host, "Reveal answer").click();
        LiveDriver.heading(student, "No answer").waitFor();
        analyze(student, prefix + "play: revealed, no answer", Viewport.DESKTOP);
        LiveDriver.button(host, "Show podium").click();
        LiveDriver.heading(host, "Podium").waitFor();
        analyze(host, prefix + "live host: podium and report", Viewport.DESKTOP);
        for (var p : players) {
            LiveDriver.heading(p, "Game over").waitFor();
            analyze(p, prefix + "play: final", Viewport.of(p));
        }
    }

    /** The main screens again with the dark theme switched on (the switch is remembered in the browser). */
    @Test
    void darkThemeScreens() {
        for (var viewport : Viewport.values()) {
            var signedOut = darkPage(viewport);
            check(signedOut, "login", viewport, "dark: ");
            check(signedOut, "register", viewport, "dark: ");
            check(signedOut, "join/EAST24", viewport, "dark: ");

            var student = darkPage(viewport);
            login(student, "ben", "student-demo-pass");
            check(student, "student", viewport, "dark: ");
            check(student, "account", viewport, "dark: ");
            check(student, "no-such-page", viewport, "dark: ");
            check(student, "quizzes", viewport, "dark: ");
            studySession(student, "dark: ", viewport);

            var teacher = darkPage(viewport);
            login(teacher, "teacher", "teacher-demo-pass");
            check(teacher, "classes", viewport, "dark: ");
            check(teacher, "classes/1", viewport, "dark: ");
            check(teacher, "decks", viewport, "dark: ");
            check(teacher, "decks/1/edit", viewport, "dark: ");
            check(teacher, "teach/quizzes", viewport, "dark: ");
            var admin = darkPage(viewport);
            login(admin, "admin", "admin-demo-pass");
            check(admin, "admin/users", viewport, "dark: ");
        }
        // A quiz attempt and its review, dark, on a phone.
        var phone = darkPage(Viewport.PHONE);
        login(phone, "ben", "student-demo-pass");
        open(phone, "quizzes");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Start (another attempt at )?Treaties quiz$"))).first().click();
        phone.waitForURL(Pattern.compile(".*/attempts/\\d+$"));
        phone.getByRole(AriaRole.RADIO).first().check();
        waitForVaadin(phone);
        analyze(phone, "dark: attempt: single choice", Viewport.PHONE);
        for (int question : new int[] {3, 9, 20}) {
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Question " + question + ", "))).click();
            phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Question " + question + " of 29")).waitFor();
            analyze(phone, "dark: attempt: question " + question, Viewport.PHONE);
        }
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish…")).first().click();
        dialogOpened(phone);
        analyze(phone, "dark: attempt: submit dialog", Viewport.PHONE);
        phone.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
        phone.waitForURL(Pattern.compile(".*/review$"));
        analyze(phone, "dark: review", Viewport.PHONE);
    }

    /** A page whose browser has the dark theme switched on, as the theme switch leaves it. */
    private Page darkPage(Viewport viewport) {
        var page = page(viewport);
        page.context().addInitScript("try { localStorage.setItem('qd-theme', 'dark'); } catch (e) {}");
        return page;
    }

    private void check(Page page, String path, Viewport viewport, String prefix) {
        open(page, path);
        analyze(page, prefix + path, viewport);
    }

    /** A dialog fades in: checked half-transparent, its buttons fail the contrast rule. */
    private static void dialogOpened(Page page) {
        page.waitForFunction("() => document.querySelector('[opened]') && !document.querySelector('[opening]')");
    }

    private void check(Page page, String path, Viewport viewport) {
        open(page, path);
        analyze(page, path, viewport);
    }

    private void analyze(Page page, String path, Viewport viewport) {
        waitForVaadin(page);
        if (path.startsWith("dark: ")) {
            assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')"))
                    .as("dark theme on " + path).isEqualTo("dark");
        }
        // Legacy mode: axe.run in the page itself. The default (runPartial per frame, then finishRun in a new blank
        // page) exists for cross-origin iframes, which the app has none of, and took ~2-10 s a screen instead of
        // ~0.5-2 s: it was half of CI's time.
        var results = new AxeBuilder(page).setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        var blocking = new ArrayList<String>();
        for (Rule rule : results.getViolations()) {
            var line = path + " (" + viewport.name().toLowerCase() + "): " + rule.getImpact() + " " + rule.getId()
                    + " — " + rule.getHelp() + " [" + rule.getNodes().size() + " element(s): "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList() + "]"
                    + rule.getNodes().stream().findFirst().map(n -> " " + String.valueOf(n.getFailureSummary())
                            .replaceAll("\\s+", " ")).orElse("");
            REPORT.add(line);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                blocking.add(line);
            }
        }
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/accessibility-report.txt"), REPORT.isEmpty()
                ? "No axe-core violations on the screens checked.\n" : String.join("\n", REPORT) + "\n");
    }
}
