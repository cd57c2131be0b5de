package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An instructor builds a deck in the editor: one question of every auto-graded type, each through
 * its form; previews the deck on a phone and a desktop frame, reorders with the keyboard buttons
 * and by dragging, saves the details. Then two sessions edit one question: the second save is
 * refused with a message and a reload, and nothing is lost.
 */
class DeckEditorJourneyTest extends BrowserTest {

    private static final String DECK = "Russia and the DPRK: every question type";

    @Test
    void instructorBuildsPreviewsReordersAndSavesADeckOfEveryAutoGradedType() {
        var page = page(Viewport.DESKTOP);
        login(page, "teacher", "teacher-demo-pass");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decks").setExact(true)).click();
        button(page, "New deck").click();
        fill(label(page, "Title"), DECK);
        fill(label(page, "Source: author (optional)"), "Dae Un Hong");
        button(page, "Create deck").click();
        assertThat(heading(page, DECK)).isVisible();

        addQuestion(page, "Single choice", () -> {
            prompt(page, "When was the 1961 treaty **abrogated**?");
            fill(label(page, "Option 1"), "1996");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Option 1 is correct")).check();
            fill(label(page, "Option 2"), "1992");
            fill(label(page, "Option 3"), "2000");
            button(page, "Remove option 4").click();
            fill(label(page, "Explanation"), "Russia had turned towards South Korea.");
            fill(label(page, "Source passage"), "The 1961 treaty was abrogated in 1996 when Russia became more "
                    + "interested in improving relations with South Korea.");
        });
        addQuestion(page, "Multiple response", () -> {
            prompt(page, "Who visited the DPRK in 2019?");
            fill(label(page, "Option 1"), "Xi Jinping");
            fill(label(page, "Option 2"), "Putin");
            fill(label(page, "Option 3"), "Jiang Zemin");
            button(page, "Remove option 4").click();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Option 1 is correct")).check();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Option 2 is correct")).check();
        });
        addQuestion(page, "True or false", () -> prompt(page, "Article 23 keeps the 2024 treaty in force indefinitely."));
        addQuestion(page, "Short answer", () -> {
            prompt(page, "Which country renewed its alliance with the DPRK in 2024?");
            fill(label(page, "Answer 1"), "Russia");
        });
        addQuestion(page, "Numeric", () -> {
            prompt(page, "In which year did China and South Korea establish diplomatic ties?");
            fill(label(page, "Number 1"), "1992");
        });
        addQuestion(page, "Matching", () -> {
            prompt(page, "Match each year to its summit.");
            fill(label(page, "Item 1"), "2000");
            fill(label(page, "Matches 1"), "Kim Jong-il meets Jiang Zemin");
            fill(label(page, "Item 2"), "2018");
            fill(label(page, "Matches 2"), "Kim Jong-un meets Xi Jinping");
            button(page, "Remove pair 3").click();
        });
        addQuestion(page, "Ordering", () -> {
            prompt(page, "Put the treaties in order.");
            fill(label(page, "Item 1"), "1961 treaty");
            fill(label(page, "Item 2"), "2000 treaty");
            fill(label(page, "Item 3"), "2024 treaty");
        });
        addQuestion(page, "Fill in the blanks", () -> {
            fill(label(page, "Text with blanks"), "The 1961 treaty was abrogated in ");
            button(page, "Insert blank").click();
            waitForVaadin(page);
            fill(label(page, "Answer 1"), "1996");
        });
        assertThat(page.getByText("Questions (8)")).isVisible();
        screenshotBoth(page, "deck-editor");

        // Preview the whole deck as a student, on both frames.
        button(page, "Preview").click();
        assertThat(page.getByText("Question 1 of 8").first()).isVisible();
        button(page, "Next").click();
        assertThat(page.getByText("Question 2 of 8").first()).isVisible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Desktop")).check();
        screenshot(page, "deck-preview");
        button(page, "Close").click();

        // Reorder from the keyboard: the move buttons are ordinary buttons.
        var rows = page.locator(".qd-editor-question");
        assertThat(rows.first()).containsText("When was the 1961 treaty abrogated?");
        button(page, "Move question 1 down").focus();
        page.keyboard().press("Enter");
        assertThat(rows.nth(1)).containsText("When was the 1961 treaty abrogated?");
        assertThat(rows.first()).containsText("Who visited the DPRK in 2019?");
        // ... and by dragging the last question onto the first.
        rows.nth(7).dragTo(rows.first());
        waitForVaadin(page);
        assertThat(rows.first()).containsText("The 1961 treaty was abrogated in");

        // Details are saved with their own button; the description is rendered sanitised.
        page.getByText("Details, source and tags").click();
        fill(label(page, "Description"), "Built from *the article*. <img src=x onerror=alert(1)>");
        assertThat(page.locator(".qd-editor-description-preview em")).hasText("the article");
        assertThat(page.locator(".qd-editor-description-preview img")).hasCount(0);
        button(page, "Save details").click();
        assertThat(page.getByText("Deck details saved.")).isVisible();

        // The question form with its preview, on both frames.
        // Now: the cloze, the multiple response, then the single choice.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit question 3")).click();
        assertThat(page.getByText("Single choice question")).isVisible();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("After answering")).check();
        assertThat(page.locator(".qd-editor-stage").getByText("Correct").first()).isVisible();
        screenshotBoth(page, "question-form");

        // Assign it to the demo class as a quiz, through the quiz module's form, and a student of the class starts it.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("\u2190 " + DECK)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign as quiz")).click();
        assertThat(page).hasURL(Pattern.compile("/teach/quizzes(\\?.*)?$"));
        button(page, "New quiz").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        pick(page, dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Class")),
                "History 11B: East Asia today");
        pick(page, dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Deck")),
                DECK + " (8 questions)");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create quiz")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(DECK))).isVisible();

        var student = page(Viewport.PHONE);
        login(student, "ana", "student-demo-pass");
        open(student, "quizzes");
        button(student, "Start " + DECK).click();
        assertThat(student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question 1 of 8")))
                .isVisible();
        screenshot(student, "student-takes-editor-quiz");
    }

    /** Types into a Vaadin combo box and picks the option with exactly that text. */
    private static void pick(Page page, Locator comboBox, String option) {
        comboBox.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        waitForVaadin(page);
    }

    @Test
    void theSecondOfTwoSessionsSavingOneQuestionIsRefusedAndNothingIsLost() {
        var teacher = page(Viewport.DESKTOP);
        login(teacher, "teacher", "teacher-demo-pass");
        open(teacher, "decks/new");
        fill(label(teacher, "Title"), "Two editors");
        button(teacher, "Create deck").click();
        assertThat(heading(teacher, "Two editors")).isVisible();
        addQuestion(teacher, "True or false", () -> prompt(teacher, "The 1961 treaty provided for automatic "
                + "military intervention."));
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit question 1")).click();
        assertThat(teacher.getByText("True or false question")).isVisible();
        teacher.waitForURL(Pattern.compile(".*/decks/\\d+/questions/\\d+$"));
        var questionUrl = teacher.url();

        // An admin (who may edit any deck) opens the same question in another browser.
        var admin = page(Viewport.DESKTOP);
        login(admin, "admin", "admin-demo-pass");
        open(admin, questionUrl.replaceFirst("^https?://[^/]+/", ""));
        assertThat(admin.getByText("True or false question")).isVisible();

        prompt(admin, "The 1961 treaty provided for automatic military intervention in times of war.");
        button(admin, "Save").click();
        assertThat(admin.getByText(Pattern.compile("Saved as version 2"))).isVisible();

        prompt(teacher, "The 1961 treaty (USSR–DPRK) provided for automatic military intervention.");
        button(teacher, "Save").click();
        var alert = teacher.locator(".qd-editor-conflict");
        assertThat(alert).isVisible();
        assertThat(alert).containsText("Ada Admin saved a newer version of this question (version 2");
        assertThat(alert).containsText("Nothing was overwritten");
        screenshot(teacher, "edit-conflict");
        // The teacher's text is still in the form until they choose to reload.
        assertThat(label(teacher, "Question")).hasValue("The 1961 treaty (USSR–DPRK) provided for automatic "
                + "military intervention.");
        button(teacher, "Reload the saved version").click();
        assertThat(label(teacher, "Question")).hasValue("The 1961 treaty provided for automatic military "
                + "intervention in times of war.");
        assertThat(alert).isHidden();
    }

    @Test
    void instructorDraftsQuestionsFromTheShippedArticleAndAcceptsOne() {
        var page = page(Viewport.DESKTOP);
        login(page, "teacher", "teacher-demo-pass");
        open(page, "decks/new");
        fill(label(page, "Title"), "Drafted from the article");
        button(page, "Create deck").click();
        assertThat(heading(page, "Drafted from the article")).isVisible();
        button(page, "Draft from an article").click();
        button(page, "Use the shipped article").click();
        button(page, "Propose questions").click();
        assertThat(page.getByText(Pattern.compile("^\\d+ proposals from \\d+ sentences"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Accept When\\?: 1996 "))).first().click();
        assertThat(page.getByText("Added to the deck as “when-1996”.")).isVisible();
        screenshotBoth(page, "article-draft");
    }

    /** Opens the type picker, picks the type, lets {@code fillIn} fill the form, saves, and waits for the deck page. */
    private void addQuestion(Page page, String type, Runnable fillIn) {
        button(page, "Add question").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(type).setExact(true)).click();
        assertThat(page.getByText("New question: " + type.toLowerCase())).isVisible();
        fillIn.run();
        waitForVaadin(page);
        assertThat(page.locator(".qd-editor-status")).not().containsText("to fix");
        button(page, "Save").click();
        assertThat(page.getByText(Pattern.compile("Question added to")).first()).isVisible();
        assertThat(button(page, "Add question")).isVisible();
    }

    private static void prompt(Page page, String text) {
        fill(label(page, "Question"), text);
    }

    /** Types into a field and lets the lazy value change reach the server before anything else happens. */
    private static void fill(Locator field, String text) {
        field.fill(text);
        field.press("Tab");
        field.page().waitForTimeout(450);
        waitForVaadin(field.page());
    }

    /** The input or text area named {@code text} (a Vaadin field's label names its inner input). */
    private static Locator label(Page page, String text) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
