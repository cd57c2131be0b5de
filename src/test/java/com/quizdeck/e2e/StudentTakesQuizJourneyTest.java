package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.quizdeck.account.AccountService;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.AttemptState;
import com.quizdeck.quiz.AttemptSummary;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.FinishedBy;
import com.quizdeck.quiz.QuizService;
import com.quizdeck.quiz.QuizSettings;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ana takes the demo class's "Treaties quiz" (the article's treaty deck, every question type) on a
 * phone: answers one question of each type, reloads mid-way and finds her answers and her place,
 * submits, and reads her score with the explanations. The deck's questions come in deck order (the
 * demo quiz does not shuffle questions, only options). Then Ben's timed attempt ends on the server
 * while his browser is closed, and the teacher's quiz page.
 */
class StudentTakesQuizJourneyTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    DeckService decks;
    @Autowired
    QuizService quizzes;
    @Autowired
    AttemptService attempts;
    @Autowired
    Clock clock;

    @Test
    void aStudentTakesTheTreatyQuizOnAPhoneReloadsMidWaySubmitsAndReadsTheReview() {
        var phone = page(Viewport.PHONE);
        login(phone, "ana", "student-demo-pass");

        // The menu leads to the quizzes.
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Quizzes")).click();
        assertThat(phone).hasURL(Pattern.compile("/quizzes$"));
        assertThat(heading(phone, "Quizzes")).isVisible();
        assertThat(heading(phone, "Treaties quiz")).isVisible();
        assertThat(phone.getByText(Pattern.compile("^29 questions · no time limit · 0 of 3 attempts used"))).isVisible();
        screenshotBoth(phone, "quiz-list");

        button(phone, "Start Treaties quiz").click();
        assertThat(phone).hasURL(Pattern.compile("/attempts/\\d+$"));
        assertThat(heading(phone, "Question 1 of 29")).isVisible();
        assertThat(phone.getByText("Choose one answer.")).isVisible();

        // 1 single choice (options shuffled; picked by their text)
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("The 2000 Treaty of Friendship, Good Neighborliness, and Cooperation")).check();
        saved(phone, 1);

        // 2 numeric, typed with the phone's decimal keyboard
        button(phone, "Next").click();
        assertThat(heading(phone, "Question 2 of 29")).isVisible();
        phone.getByLabel("Your answer (a number)").fill("1996");
        saved(phone, 2);

        // 3 cloze: a number, then two menus
        go(phone, 3);
        phone.getByLabel("Blank 1", new Page.GetByLabelOptions().setExact(true)).fill("1996");
        saved(phone, 3);
        phone.getByLabel("Blank 2", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Russia"));
        phone.getByLabel("Blank 3", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("South Korea"));
        waitForVaadin(phone);
        saved(phone, 3);
        screenshotBoth(phone, "quiz-attempt-cloze");

        // 9 matching: a menu per item
        go(phone, 9);
        assertThat(phone.getByText("Match each item with an answer.")).isVisible();
        matchTo(phone, "Article 4 of the 2024 treaty", "Some preconditions for military intervention under the domestic laws of both countries");
        matchTo(phone, "Article 23 of the 2024 treaty", "In effect indefinitely unless one party notifies that it will suspend the treaty");
        matchTo(phone, "The 1961 treaty", "Had to be renewed every ten years");
        matchTo(phone, "The 2000 treaty", "Did not include the automatic military intervention clause");
        saved(phone, 9);
        screenshotBoth(phone, "quiz-attempt-matching");

        // 10 true/false, and a flag to come back to it
        go(phone, 10);
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("False").setExact(true)).check();
        saved(phone, 10);
        button(phone, "Flag question 10 to come back to it").click();
        assertThat(button(phone, "Flag question 10 to come back to it")).hasAttribute("aria-pressed", "true");
        screenshotBoth(phone, "quiz-attempt-flagged");

        // Reload mid-way: same attempt, same place, every saved answer.
        phone.reload();
        waitForVaadin(phone);
        assertThat(heading(phone, "Question 10 of 29")).isVisible();
        assertThat(phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("False").setExact(true))).isChecked();
        assertThat(phone.getByText(Pattern.compile("^5 of 29 answered · 1 flagged$"))).isVisible();
        assertThat(button(phone, "Question 10, answered, flagged")).isVisible();
        go(phone, 1);
        assertThat(phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("The 2000 Treaty of Friendship, Good Neighborliness, and Cooperation"))).isChecked();
        go(phone, 3);
        assertThat(phone.getByLabel("Blank 1", new Page.GetByLabelOptions().setExact(true))).hasValue("1996");
        assertThat(phone.getByLabel("Blank 3", new Page.GetByLabelOptions().setExact(true)).locator("option:checked"))
                .hasText("South Korea");
        go(phone, 9);
        assertThat(phone.getByLabel("Answer for: The 1961 treaty").locator("option:checked"))
                .hasText("Had to be renewed every ten years");

        // 14 short answer, with a typo the question forgives
        go(phone, 14);
        phone.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true))
                .fill("Treaty on Comprehensive Strategic Partnersip");
        saved(phone, 14);

        // 17 multiple response
        go(phone, 17);
        phone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("It had to be renewed every ten years")).check();
        saved(phone, 17);
        phone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("It was finally terminated in 1996")).check();
        saved(phone, 17);

        // 20 ordering: up and down buttons
        go(phone, 20);
        orderCorrectly(phone);
        saved(phone, 20);
        screenshotBoth(phone, "quiz-attempt-ordering");

        // 23 flashcard: turn it over, rate yourself
        go(phone, 23);
        button(phone, "Show the answer").click();
        assertThat(phone.getByText(Pattern.compile("^A treaty commitment that one party intervenes"))).isVisible();
        button(phone, "Good").click();
        saved(phone, 23);
        assertThat(button(phone, "Good")).hasAttribute("aria-pressed", "true");

        // 29 open question: written text
        go(phone, 29);
        phone.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true))
                .fill("Article 23 keeps the treaty in force indefinitely, unlike the 1961 treaty.");
        saved(phone, 29);
        assertThat(phone.getByText(Pattern.compile("^10 of 29 answered · 1 flagged$"))).isVisible();

        // Submit, with a confirmation that counts what is left.
        button(phone, "Finish…").last().click();
        var dialog = phone.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.getByText(Pattern.compile("You answered 10 of 29 questions\\. 19 are still unanswered\\. 1 is flagged\\."))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();

        assertThat(phone).hasURL(Pattern.compile("/attempts/\\d+/review$"));
        assertThat(phone.getByText("Your score")).isVisible();
        // 8 auto-graded answers right (the short answer with its typo forgiven) of 22 auto-graded questions.
        assertThat(phone.getByText("8 of 22 points")).isVisible();
        assertThat(phone.getByText("36%", new Page.GetByTextOptions().setExact(true))).isVisible();
        var first = phone.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Question 1: Correct"));
        assertThat(first.getByText("The treaty signed in 2000, which followed the abrogated 1961 treaty, left out the "
                + "automatic military intervention clause.")).isVisible();
        assertThat(first.getByText("From the source")).isVisible();
        assertThat(phone.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Question 2: Correct"))).isVisible();
        assertThat(phone.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Question 4: Not answered"))).isVisible();
        assertThat(phone.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Question 23: Self-rated"))).isVisible();
        assertThat(phone.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Question 29: Not graded"))).isVisible();
        screenshotBoth(phone, "quiz-review");

        // The list now shows the scores, and a second attempt to start.
        open(phone, "quizzes");
        assertThat(phone.getByText("Best 36% · Last 36%")).isVisible();
        assertThat(button(phone, "Start another attempt at Treaties quiz")).isVisible();
        screenshot(phone, "quiz-list-after");
    }

    @Test
    void aTimedAttemptIsSubmittedByTheServerOnceItsTimeIsUpWithTheBrowserClosed() throws InterruptedException {
        // The teacher sets a quiz that closes in 40 seconds: every attempt's deadline is then.
        var classId = accounts.runAs("teacher", () -> classrooms.teachingClasses(false).stream()
                .filter(c -> c.joinCode().equals("EAST24")).findFirst().orElseThrow().id());
        var quiz = accounts.runAs("teacher", () -> quizzes.createQuiz(new QuizSettings(classId,
                decks.idOf("rdprk-treaties").orElseThrow(), "Treaties sprint", clock.instant().minusSeconds(5),
                clock.instant().plusSeconds(40), null, 1, null, false, true, FeedbackTiming.AFTER_SUBMIT, 1, true)));

        var phone = page(Viewport.PHONE);
        login(phone, "ben", "student-demo-pass");
        open(phone, "quizzes");
        button(phone, "Start Treaties sprint").click();
        assertThat(heading(phone, "Question 1 of " + questionCount(quiz.id()))).isVisible();
        // Less than a minute left: the countdown shows it and the page warns at once.
        assertThat(phone.getByRole(AriaRole.TIMER)).hasText(Pattern.compile("^0:[0-4]\\d$"));
        assertThat(phone.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Less than a minute left\\.")))).isVisible();
        phone.getByRole(AriaRole.RADIO).first().check();
        saved(phone, 1);
        screenshot(phone, "quiz-attempt-timed");
        // The student walks away: the browser is gone.
        phone.context().close();

        var deadline = clock.instant().plusSeconds(40 + 20 + 30);
        AttemptSummary attempt = null;
        while (clock.instant().isBefore(deadline)) {
            attempt = accounts.runAs("ben", () -> attempts.quizForStudent(quiz.id())).attempts().getFirst();
            if (attempt.state() == AttemptState.SUBMITTED) {
                break;
            }
            Thread.sleep(2000);
        }
        org.assertj.core.api.Assertions.assertThat(attempt).isNotNull();
        org.assertj.core.api.Assertions.assertThat(attempt.state()).isEqualTo(AttemptState.SUBMITTED);
        org.assertj.core.api.Assertions.assertThat(attempt.finishedBy()).isEqualTo(FinishedBy.TIME_UP);

        var again = page(Viewport.PHONE);
        login(again, "ben", "student-demo-pass");
        open(again, "attempts/" + attempt.attemptId() + "/review");
        assertThat(again.getByText(Pattern.compile("^Time ran out at \\d{1,2}:\\d\\d(\\s[AP]M)?: the server submitted the answers you had saved\\.$")))
                .isVisible();
        screenshot(again, "quiz-review-time-up");
    }

    private long questionCount(Long quizId) {
        return accounts.runAs("ben", () -> attempts.quizForStudent(quizId)).quiz().questionCount();
    }

    @Test
    void theTeacherSeesTheDemoQuizAndTheNewQuizForm() {
        var desktop = page(Viewport.DESKTOP);
        login(desktop, "teacher", "teacher-demo-pass");
        desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quizzes").setExact(true)).click();
        assertThat(desktop).hasURL(Pattern.compile("/teach/quizzes$"));
        assertThat(heading(desktop, "Treaties quiz")).isVisible();
        screenshotBoth(desktop, "teacher-quizzes");
        button(desktop, "New quiz").click();
        var dialog = desktop.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("New quiz")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create quiz")).click();
        assertThat(dialog.getByText("Choose a deck.")).isVisible();
        screenshot(desktop, "teacher-new-quiz");
    }

    private static void saved(Page page, int question) {
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Saved · question " + question + " · ")))).isVisible();
    }

    private static void go(Page page, int question) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                        .setName(Pattern.compile("^Question " + question + ", "))).click();
        assertThat(heading(page, "Question " + question + " of 29")).isVisible();
    }

    private static void matchTo(Page page, String left, String right) {
        page.getByLabel("Answer for: " + left).selectOption(new SelectOption().setLabel(right));
        waitForVaadin(page);
    }

    /** Moves items up until they stand in the correct (chronological) order, with the arrow buttons. */
    private static void orderCorrectly(Page page) {
        var correct = new String[] {
                "The USSR and the DPRK conclude the Treaty of Friendship, Cooperation, and Mutual Assistance",
                "The treaty with the automatic military intervention clause is abrogated",
                "The Treaty of Friendship, Good Neighborliness, and Cooperation is signed without the automatic clause",
                "Russia and the DPRK sign the Treaty on Comprehensive Strategic Partnership"};
        for (int place = 0; place < correct.length; place++) {
            for (int guard = 0; guard < correct.length; guard++) {
                var rows = page.locator(".qd-ordering-row .qd-ordering-text");
                if (rows.nth(place).innerText().strip().equals(correct[place])) {
                    break;
                }
                button(page, "Move up: " + correct[place]).click();
                waitForVaadin(page);
            }
        }
        for (int place = 0; place < correct.length; place++) {
            assertThat(page.locator(".qd-ordering-row .qd-ordering-text").nth(place)).hasText(correct[place]);
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
