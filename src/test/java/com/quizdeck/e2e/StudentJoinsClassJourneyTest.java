package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new student joins the demo class with its code on a phone, and the teacher then finds them in
 * the class roster on a desktop. Also sign-in throttling and role checks as a user meets them.
 * Works on the demo data: teacher "Ms. Rivera", students ana, ben, chloe in the class below.
 */
class StudentJoinsClassJourneyTest extends BrowserTest {

    private static final String CLASS_NAME = "History 11B: East Asia today";
    private static final String STUDENT_PASSWORD = "student-demo-pass";

    @Test
    void newStudentJoinsWithCodeAndTeacherSeesThemInTheRoster() {
        var phone = page(Viewport.PHONE);
        open(phone, "login");
        assertThat(heading(phone, "Sign in")).isVisible();
        screenshotBoth(phone, "login");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Join your class with a code")).click();
        assertThat(phone).hasURL(Pattern.compile("/register$"));
        assertThat(heading(phone, "Join your class")).isVisible();
        field(phone, "Join code").fill("east24");
        assertThat(phone.getByText("You are joining " + CLASS_NAME + ".")).isVisible();
        field(phone, "Your name").fill("Dana Lee");
        field(phone, "Username").fill("dana.lee");
        field(phone, "Password").fill("dana-secret-42");
        field(phone, "Password again").fill("dana-secret-42");
        screenshotBoth(phone, "register");
        button(phone, "Create account and join").click();

        assertThat(phone).hasURL(Pattern.compile("/login\\?registered=dana\\.lee$"));
        assertThat(phone.getByText("Your account is ready. Sign in to see your class.")).isVisible();
        login(phone, "dana.lee", "dana-secret-42");
        assertThat(heading(phone, "Hi, Dana Lee")).isVisible();
        assertThat(heading(phone, CLASS_NAME)).isVisible();
        assertThat(phone.getByText("Teacher: Ms. Rivera")).isVisible();
        assertThat(phone.getByText("4 students")).isVisible();
        // On a phone the sign-out button shows only its icon; it must still be named for screen readers.
        assertThat(button(phone, "Sign out")).isVisible();
        screenshotBoth(phone, "student-home");

        var desktop = page(Viewport.DESKTOP);
        login(desktop, "teacher", "teacher-demo-pass");
        desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Classes").setExact(true)).click();
        assertThat(desktop).hasURL(Pattern.compile("/classes$"));
        assertThat(heading(desktop, "My classes")).isVisible();
        var classLink = desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CLASS_NAME));
        assertThat(classLink).containsText("4 students · code EAST24");
        screenshotBoth(desktop, "classes");

        classLink.click();
        assertThat(desktop).hasURL(Pattern.compile("/classes/\\d+$"));
        assertThat(heading(desktop, CLASS_NAME)).isVisible();
        assertThat(desktop.getByLabel("Join code", new Page.GetByLabelOptions().setExact(true))).hasText("EAST24");
        assertThat(heading(desktop, "Students (4)")).isVisible();
        var roster = desktop.getByLabel("Students in this class");
        assertThat(cell(roster, "Dana Lee")).isVisible();
        assertThat(cell(roster, "dana.lee")).isVisible();
        assertThat(cell(roster, "Ana Kim")).isVisible();
        screenshotBoth(desktop, "class-page");
    }

    @Test
    void sixWrongPasswordsPauseThatAccountButNotAClassmate() {
        var phone = page(Viewport.PHONE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            submitLogin(phone, "chloe", "wrong-password-" + attempt);
            assertThat(phone).hasURL(Pattern.compile("/login\\?error$"));
            assertThat(phone.getByText("Incorrect username or password")).isVisible();
        }
        submitLogin(phone, "chloe", "wrong-password-6");
        assertThat(phone.getByText("Sign-in paused")).isVisible();
        assertThat(phone.getByText(Pattern.compile("^Too many failed sign-ins\\. Wait \\d+ seconds and try again\\.$")))
                .isVisible();
        screenshot(phone, "login-throttled");
        // The pause holds even for the right password...
        submitLogin(phone, "chloe", STUDENT_PASSWORD);
        assertThat(phone.getByText(Pattern.compile("^Too many failed sign-ins"))).isVisible();

        // ...but a classmate at the same browser signs in.
        login(phone, "ben", STUDENT_PASSWORD);
        assertThat(heading(phone, "Hi, Ben Okafor")).isVisible();
    }

    @Test
    void studentWhoTypesTeacherOrAdminAddressesDoesNotGetThosePages() {
        var phone = page(Viewport.PHONE);
        login(phone, "ana", STUDENT_PASSWORD);
        assertThat(heading(phone, "Hi, Ana Kim")).isVisible();

        // Vaadin's own "not found" answer for now; a custom error page will change the wording here.
        open(phone, "classes");
        assertThat(phone.getByText("This page is not available")).isVisible();
        assertThat(heading(phone, "My classes")).not().isVisible();
        assertThat(button(phone, "New class")).not().isVisible();
        assertThat(phone.getByText("EAST24")).not().isVisible();
        screenshot(phone, "student-opens-classes");

        open(phone, "admin/users");
        assertThat(phone.getByText("This page is not available")).isVisible();
        assertThat(heading(phone, "Users")).not().isVisible();
        assertThat(phone.getByText("Ms. Rivera")).not().isVisible();
        assertThat(button(phone, "New user")).not().isVisible();

        // Nor does the student's menu offer them.
        open(phone, "student");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        var nav = phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Home"))).isVisible();
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Classes"))).hasCount(0);
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Users"))).hasCount(0);
    }

    @Test
    void adminSeesEveryUser() {
        var desktop = page(Viewport.DESKTOP);
        login(desktop, "admin", "admin-demo-pass");
        desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
        assertThat(desktop).hasURL(Pattern.compile("/admin/users$"));
        assertThat(heading(desktop, "Users")).isVisible();
        var users = desktop.getByLabel("Users", new Page.GetByLabelOptions().setExact(true));
        assertThat(cell(users, "Ana Kim")).isVisible();
        assertThat(cell(users, "Ms. Rivera")).isVisible();
        assertThat(cell(users, "Ada Admin")).isVisible();
        screenshotBoth(desktop, "admin-users");
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** A roster cell containing this text (name and username share one cell so the roster fits a phone). */
    private static Locator cell(Locator grid, String text) {
        return grid.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName(text)).first();
    }
}
