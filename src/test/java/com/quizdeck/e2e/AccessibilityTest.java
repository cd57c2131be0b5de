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
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        var blocking = new ArrayList<String>();
        for (Rule rule : results.getViolations()) {
            var line = path + " (" + viewport.name().toLowerCase() + "): " + rule.getImpact() + " " + rule.getId()
                    + " — " + rule.getHelp() + " [" + rule.getNodes().size() + " element(s): "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList() + "]";
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
