package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG reflow: the main screens at 320 CSS pixels wide (a small phone) and at 640 by 400 (a 1280 by 800 window at
 * 200 % zoom) scroll only vertically, and their key controls are on the screen, not cut off at the side.
 */
class NarrowScreensTest extends BrowserTest {

    private static final String OVERFLOW = """
            () => {
              const doc = document.scrollingElement;
              const out = [];
              if (doc.scrollWidth > doc.clientWidth) out.push('document ' + doc.scrollWidth + ' > ' + doc.clientWidth);
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
              if (content && content.scrollWidth > content.clientWidth + 1)
                out.push('content ' + content.scrollWidth + ' > ' + content.clientWidth);
              if (out.length) {
                const w = document.documentElement.clientWidth;
                const wide = [...document.querySelectorAll('body *')].filter(e => {
                  const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; })
                  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)).slice(0, 5)
                  .map(e => e.localName + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                    + ' right=' + Math.round(e.getBoundingClientRect().right));
                out.push('too wide: ' + wide.join(', '));
              }
              return out.join('; ');
            }""";

    private final List<String> problems = new ArrayList<>();

    @Test
    void mainScreensReflowAt320PixelsAndAt200PercentZoom() {
        for (int[] size : new int[][] {{320, 640}, {640, 400}}) {
            var label = size[0] + "x" + size[1];
            var signedOut = page(size[0], size[1]);
            check(signedOut, "login", label, signedOut.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")));
            check(signedOut, "register", label, signedOut.getByRole(AriaRole.BUTTON).last());
            check(signedOut, "play", label, signedOut.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)));

            var student = page(size[0], size[1]);
            login(student, size[0] == 320 ? "ana" : "ben", "student-demo-pass");
            check(student, "student", label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")));
            check(student, "quizzes", label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Treaties quiz")));
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Treaties quiz")).click();
            student.waitForURL(Pattern.compile(".*/attempts/\\d+$"));
            waitForVaadin(student);
            checkHere(student, "attempt", label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")));
            for (int q : new int[] {3, 9, 20}) {
                student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question " + q + ", "))).click();
                student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question " + q + " of 29")).waitFor();
                waitForVaadin(student);
                checkHere(student, "attempt q" + q, label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")));
            }
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish…")).first().click();
            student.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
            student.waitForURL(Pattern.compile(".*/review$"));
            waitForVaadin(student);
            checkHere(student, "review", label, student.getByText("Your score"));
            check(student, "study", label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Study .* now$"))).first());
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Study .* now$"))).first().click();
            student.waitForURL(Pattern.compile(".*/study/\\d+$"));
            waitForVaadin(student);
            checkHere(student, "study card", label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")));
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show answer")).click();
            waitForVaadin(student);
            checkHere(student, "study back", label, student.locator(".qd-rate-good"));
            check(student, "account", label, student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")));

            var teacher = page(size[0], size[1]);
            login(teacher, "teacher", "teacher-demo-pass");
            check(teacher, "classes", label, teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")));
            check(teacher, "classes/1", label, teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")));
            check(teacher, "decks", label, teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")));
            check(teacher, "teach/quizzes", label, teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New quiz")));
            check(teacher, "live", label, teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the lobby")));
        }
        // The check itself can fail: a page with something too wide is caught.
        var probe = page(320, 640);
        open(probe, "login");
        probe.evaluate("() => { const d = document.createElement('div'); d.style.width = '600px'; d.style.height = '10px';"
                + " document.querySelector('.qd-auth-card').appendChild(d); }");
        assertThat((String) probe.evaluate(OVERFLOW)).contains("document");
        assertThat(problems).as("screens wider than the window (horizontal scrolling) or key controls off screen").isEmpty();
    }

    private Page page(int width, int height) {
        var page = page(Viewport.PHONE);
        page.setViewportSize(width, height);
        return page;
    }

    private void check(Page page, String path, String size, Locator key) {
        open(page, path);
        checkHere(page, path, size, key);
    }

    private void checkHere(Page page, String name, String size, Locator key) {
        var overflow = (String) page.evaluate(OVERFLOW);
        if (!overflow.isEmpty()) {
            problems.add(name + " at " + size + ": " + overflow);
        }
        var control = key.first();
        control.scrollIntoViewIfNeeded();
        assertThat(control).isVisible();
        var box = control.boundingBox();
        int width = page.viewportSize().width;
        if (box == null || box.x < 0 || box.x + box.width > width + 1) {
            problems.add(name + " at " + size + ": key control off screen " + control + " " + (box == null ? "" : box.x + "+" + box.width));
        }
    }
}
