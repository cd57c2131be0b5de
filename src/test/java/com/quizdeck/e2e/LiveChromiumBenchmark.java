package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test (the e2e run takes only *Test classes): 30 real headless Chromium players and a host play five
 * questions; for each, the time from the host's click on "Next question" until the question's answer
 * buttons are on every player's screen (a MutationObserver in each page notes the moment). Run with
 * {@code bench/live-browsers.sh}; results in {@code bench/results/live-browsers.txt}.
 */
class LiveChromiumBenchmark extends BrowserTest {

    static final int PLAYERS = Integer.getInteger("bench.browsers", 30);
    static final String[] PROMPTS = {"Who visited the DPRK the day before U.S. Secretary of State",
        "True or false: after assuming power, Xi Jinping initially",
        "How did the DPRK perceive the establishment of diplomatic ties",
        "True or false: according to the article, the prospect of strengthened",
        "What effect did the 1992 China–South Korea rapprochement have"};

    private static final String OBSERVER = """
            () => { window.__qdShown = {};
              const note = () => { const p = document.querySelector('.qd-live-play-progress');
                if (p && document.querySelector('button.qd-live-answer')) {
                  const m = p.textContent.match(/Question (\\d+)/);
                  if (m && !window.__qdShown[m[1]]) window.__qdShown[m[1]] = Date.now(); } };
              new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});
              note(); }""";

    @Test
    void thirtyBrowsersFollowTheHost() {
        var out = new ArrayList<String>();
        out.add("# Live game, " + PLAYERS + " headless Chromium players and a host (" + Instant.now() + ")");
        out.add("# load average at start " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        var host = page(Viewport.DESKTOP);
        // 31 browsers on two cores: generous waits, so that a slow moment is measured rather than fatal.
        host.setDefaultTimeout(120_000);
        login(host, "teacher", "teacher-demo-pass");
        open(host, "live");
        button(host, "None").click();
        for (var prompt : PROMPTS) {
            host.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + prompt))).check();
        }
        // 30 phones answer one after another through Playwright, slowly on two cores: time enough that the question
        // is still open when the last one answers (with the default, later phones found it closed and the run hung).
        host.getByLabel("Seconds per question").fill(String.valueOf(com.quizdeck.live.LiveSettings.MAX_SECONDS));
        button(host, "Open the lobby").click();
        var codeHeading = host.locator("h1.qd-live-code");
        assertThat(codeHeading).hasText(Pattern.compile("^\\d{3} \\d{3}$"));
        var code = codeHeading.textContent().replace(" ", "");

        var phones = new ArrayList<Page>();
        for (int i = 0; i < PLAYERS; i++) {
            var phone = page(Viewport.PHONE);
            phone.setDefaultTimeout(120_000);
            open(phone, "play/" + code);
            phone.getByLabel("Your nickname").fill("Browser " + i);
            button(phone, "Join the game").click();
            assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're in, Browser " + i + "!")))
                    .isVisible();
            phone.evaluate(OBSERVER);
            phones.add(phone);
        }
        assertThat(host.getByText(PLAYERS + " players", new Page.GetByTextOptions().setExact(true))).isVisible();

        var all = new ArrayList<Double>();
        for (int q = 1; q <= PROMPTS.length; q++) {
            long t0 = System.currentTimeMillis();
            button(host, q == 1 ? "Start" : "Next question").click();
            var times = new ArrayList<Double>();
            for (var phone : phones) {
                int question = q;
                phone.waitForFunction("q => window.__qdShown && window.__qdShown[q]", question,
                        new Page.WaitForFunctionOptions().setTimeout(60_000));
                long shown = ((Number) phone.evaluate("q => window.__qdShown[q]", question)).longValue();
                times.add((double) (shown - t0));
            }
            times.sort(null);
            all.addAll(times);
            out.add(String.format(Locale.ROOT, "question %d: next -> on screen, %d browsers: p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                    q, PLAYERS, pct(times, 50), pct(times, 95), times.getLast()));
            for (var phone : phones) {
                phone.locator("button.qd-live-answer").first().click();
            }
            button(host, "Reveal answer").click();
            assertThat(host.locator(".qd-live-answer")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(120_000));
        }
        all.sort(null);
        out.add(String.format(Locale.ROOT, "all questions: p50 %.0f ms, p95 %.0f ms (target p95 < 500 ms)", pct(all, 50), pct(all, 95)));
        out.add("# load average at end " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            var file = Path.of("bench", "results", "live-browsers.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.forEach(System.out::println);
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
