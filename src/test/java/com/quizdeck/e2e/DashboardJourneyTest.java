package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.quizdeck.account.AccountService;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.live.LiveSessionService;
import com.quizdeck.live.LiveSettings;
import com.quizdeck.live.LiveSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ana and Ben play a live game of the treaty deck, Ana takes the demo class's "Treaties quiz" on her phone (two
 * questions right: 2 of 22 points, 9.1 %), and the teacher's dashboards show it: the class grid, the item analysis with
 * its histogram, Ana's page and the live game's report, each with a drawn chart; the CSV downloads hold the same
 * numbers as the screen. Ana's "My progress" shows her own attempt. Screenshots of every dashboard screen.
 */
class DashboardJourneyTest extends BrowserTest {

    private static final String TREATIES = "Treaties of the Russia–DPRK alliance: 1961, 2000 and 2024";

    @Autowired
    AccountService accounts;
    @Autowired
    DeckService decks;
    @Autowired
    LiveSessionService live;

    @Test
    void afterAQuizAndALiveGameTheTeachersDashboardsShowTheResultsWithChartsAndMatchingCsv() throws IOException {
        playALiveGame();

        // Ana takes the quiz on her phone: two right answers, then submit.
        var phone = page(Viewport.PHONE);
        login(phone, "ana", "student-demo-pass");
        open(phone, "quizzes");
        button(phone, "Start Treaties quiz").click();
        assertThat(heading(phone, "Question 1 of 29")).isVisible();
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("The 2000 Treaty of Friendship, Good Neighborliness, and Cooperation")).check();
        saved(phone, 1);
        button(phone, "Next").click();
        assertThat(heading(phone, "Question 2 of 29")).isVisible();
        phone.getByLabel("Your answer (a number)").fill("1996");
        saved(phone, 2);
        button(phone, "Finish…").last().click();
        phone.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(phone.getByText("2 of 22 points")).isVisible();

        // Her own progress: the attempt, her live game, nobody else.
        open(phone, "progress");
        assertThat(heading(phone, "My progress")).isVisible();
        assertThat(phone.locator("#attempts-table").getByText("9.1", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(phone.getByText("Ben Okafor")).hasCount(0);
        chartDrawn(phone, "#scores-chart");
        screenshotBoth(phone, "dashboard-my-progress");

        // The teacher: the nav leads to the dashboards, and on to the class.
        var desk = page(Viewport.DESKTOP);
        login(desk, "teacher", "teacher-demo-pass");
        desk.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboards")).click();
        assertThat(heading(desk, "Dashboards")).isVisible();
        screenshotBoth(desk, "dashboard-index");
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History 11B: East Asia today")).click();
        assertThat(heading(desk, "Dashboard: History 11B: East Asia today")).isVisible();
        var grid = desk.locator("#class-grid");
        assertThat(grid.getByText("9.1", new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
        chartDrawn(desk, "#class-chart");
        screenshotBoth(desk, "dashboard-class");

        // Filter to Ana and download: the file has her rows only, with the numbers of the screen.
        desk.getByLabel("Student", new Page.GetByLabelOptions().setExact(true)).fill("Ana");
        waitForVaadin(desk);
        desk.waitForFunction("() => document.querySelector('#class-grid').size === 3");
        var csv = download(desk, desk.locator(".qd-class-grid").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download CSV")));
        assertThat(csv.getFirst()).startsWith("Student,Deck,Attempts,Best %,Last %,Completion %,Cards due,Memory %");
        assertThat(csv).hasSize(4).allSatisfy(line -> assertThat(line).satisfiesAnyOf(
                l -> assertThat(l).startsWith("Student,"), l -> assertThat(l).startsWith("Ana Kim,")));
        var treaties = csv.stream().filter(l -> l.contains("Treaties")).findFirst().orElseThrow();
        var cells = cells(treaties);
        assertThat(cells.get(2)).isEqualTo("1");
        assertThat(cells.get(3)).isEqualTo("9.1");
        assertThat(cells.get(4)).isEqualTo("9.1");
        for (var cell : cells.subList(2, 8)) {
            if (!cell.isEmpty()) {
                assertThat(grid.getByText(cell, new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
            }
        }

        // The item analysis of the quiz: histogram, questions, attempts; the CSVs agree with the tables.
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Item analysis of Treaties quiz")).click();
        assertThat(heading(desk, "Item analysis: Treaties quiz")).isVisible();
        chartDrawn(desk, "#score-histogram");
        var attempts = desk.locator("#attempt-table");
        assertThat(attempts.getByText("Ana Kim")).isVisible();
        assertThat(attempts.getByText("9.1", new Locator.GetByTextOptions().setExact(true))).isVisible();
        var attemptsCsv = download(desk, desk.locator(".qd-attempts").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download CSV")));
        assertThat(attemptsCsv).hasSize(2);
        assertThat(cells(attemptsCsv.get(1))).startsWith("Ana Kim", "1").contains("2.0", "22.0", "9.1", "Yes");
        var questionsCsv = download(desk, desk.locator(".qd-items").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download CSV")));
        assertThat(questionsCsv).hasSize(30);
        assertThat(cells(questionsCsv.getFirst())).containsExactly("#", "Question", "Type", "Attempts", "Facility %",
                "SD %", "Guess %", "Discrimination", "Efficiency %", "Check");
        // Question 1 (answered right by the only attempt): facility 100 on screen and in the file.
        assertThat(cells(questionsCsv.get(1)).get(4)).isEqualTo("100.0");
        assertThat(desk.locator("#item-table").getByText("100.0", new Locator.GetByTextOptions().setExact(true))
                .first()).isVisible();
        screenshotBoth(desk, "dashboard-quiz");

        // The Best/All setting is a choice on the page.
        desk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("All")).check();
        waitForVaadin(desk);
        assertThat(desk).hasURL(Pattern.compile("attempts=all$"));

        // Ana's page, from the class grid.
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to History 11B: East Asia today"))
                .click();
        desk.locator("#class-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ana Kim"))
                .first().click();
        assertThat(heading(desk, "Ana Kim")).isVisible();
        chartDrawn(desk, "#scores-chart");
        chartDrawn(desk, "#activity-chart");
        assertThat(desk.locator("#attempts-table").getByText("9.1", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshotBoth(desk, "dashboard-student");

        // The live game's report, from the class dashboard.
        desk.goBack();
        waitForVaadin(desk);
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Report of " + TREATIES)))
                .click();
        assertThat(heading(desk, "Live game: " + TREATIES)).isVisible();
        chartDrawn(desk, "#live-chart");
        assertThat(desk.locator("#live-players").getByText("Ana Kim")).isVisible();
        var players = download(desk, desk.locator(".qd-live-players").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download CSV")));
        assertThat(players).hasSize(3);
        var anaLine = cells(players.stream().filter(l -> l.contains("Ana Kim")).findFirst().orElseThrow());
        assertThat(anaLine).containsExactly("1", "Ana Kim", anaLine.get(2), "2", "2");
        assertThat(desk.locator("#live-players").getByText(anaLine.get(2), new Locator.GetByTextOptions().setExact(true))
                .first()).isVisible();
        screenshotBoth(desk, "dashboard-live");
    }

    /** Ana answers both true/false questions right, Ben both wrong. */
    private void playALiveGame() {
        var deckId = accounts.runAs("teacher", () -> decks.idOf("rdprk-treaties").orElseThrow());
        var questions = accounts.runAs("teacher", () -> decks.currentQuestions(deckId)).stream()
                .filter(q -> q.type() == QuestionType.TRUE_FALSE).limit(2).map(QuestionRef::versionId).toList();
        var content = accounts.runAs("teacher", () -> decks.questionsAt(questions));
        var ids = questions.stream().map(v -> content.get(v).ref().questionId()).toList();
        var answers = questions.stream()
                .map(v -> ((com.quizdeck.content.TrueFalseQuestion) content.get(v).question()).answer()).toList();
        var game = accounts.runAs("teacher", () -> live.create(new LiveSetup(deckId, ids, false,
                new LiveSettings(60, true, true, false, false, true), Map.of())));
        var renamed = game.id();
        var ana = accounts.runAs("ana", () -> live.joinAsStudent(renamed));
        var ben = accounts.runAs("ben", () -> live.joinAsStudent(renamed));
        accounts.runAs("teacher", () -> live.start(renamed));
        for (int i = 0; i < ids.size(); i++) {
            live.answer(ana, i, new TrueFalseResponse(answers.get(i)));
            live.answer(ben, i, new TrueFalseResponse(!answers.get(i)));
            accounts.runAs("teacher", () -> live.reveal(renamed));
            accounts.runAs("teacher", () -> live.next(renamed));
        }
        assertThat(accounts.runAs("teacher", () -> live.report(renamed)).title()).isEqualTo(TREATIES);
    }

    private static void chartDrawn(Page page, String selector) {
        var canvas = page.locator(selector + " canvas");
        assertThat(canvas).isVisible();
        assertThat(canvas).hasAttribute("role", "img");
        assertThat(canvas).hasAttribute("aria-label", Pattern.compile(".{20,}"));
        page.waitForFunction("s => { const c = document.querySelector(s); return c && c.width > 0 && c.height > 0; }",
                selector + " canvas");
    }

    /** Downloads the file behind a link; its lines without the byte-order mark, which it must start with. */
    private static List<String> download(Page page, Locator link) throws IOException {
        var download = page.waitForDownload(link::click);
        var bytes = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOfRange(bytes, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return Arrays.asList(text.split("\r\n"));
    }

    /** The cells of one CSV line (RFC 4180 quoting; no line breaks inside the cells checked here). */
    static List<String> cells(String line) {
        var cells = new java.util.ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static void saved(Page page, int question) {
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Saved · question " + question + " · ")))).isVisible();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
