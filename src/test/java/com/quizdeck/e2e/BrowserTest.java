package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Base of the real-browser end-to-end tests: the whole application on a random port, on a fresh
 * in-memory H2 database with the demo data, driven by a headless Chromium through Playwright.
 *
 * <p>Run only these tests (the unit tests' Surefire execution is skipped, the {@code e2e} one runs):
 * <pre>
 *   ./mvnw test -DskipUnitTests
 *   ./mvnw test -DskipUnitTests -Dtest=StudentJoinsClassJourneyTest   # one class
 * </pre>
 * {@code ./mvnw test} runs the unit tests and then these; {@code -DskipE2e} leaves these out.
 * Screenshots land in {@code target/screenshots/}.
 *
 * <p>Needs a Chromium: {@code /usr/bin/chromium} (Debian: {@code apt-get install -y chromium}), or the
 * binary named by the environment variable {@code CHROMIUM_PATH}. Playwright never downloads
 * browsers here ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}).
 *
 * <p>One application per test class (the context is dropped after the class, so the next class gets
 * a new database and a new sign-in throttle); one browser per class; a fresh browser context, that
 * is cookies and storage, for every {@link #page(Viewport)}, closed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1",
        "quizdeck.demo-data=true",
        "vaadin.launch-browser=false",
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class BrowserTest {

    /** Screen sizes the app is designed for. */
    public enum Viewport {
        PHONE("phone", 375, 667),
        DESKTOP("desktop", 1280, 800);

        final String label;
        final int width;
        final int height;

        Viewport(String label, int width, int height) {
            this.label = label;
            this.width = width;
            this.height = height;
        }

        static Viewport of(Page page) {
            var size = page.viewportSize();
            return size != null && size.width == PHONE.width ? PHONE : DESKTOP;
        }

        Viewport other() {
            return this == PHONE ? DESKTOP : PHONE;
        }
    }

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        var chromium = chromiumPath();
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No Chromium at " + chromium + ". The end-to-end tests need one: "
                    + "run `apt-get install -y chromium` (CI installs it), or set CHROMIUM_PATH to a Chromium "
                    + "or Chrome binary; or leave these tests out with -DskipE2e.");
        }
        // Vaadin under a busy two-core machine can be slow on the first page: generous but finite waits.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
        } catch (PlaywrightException e) {
            playwright.close();
            playwright = null;
            throw new IllegalStateException("Chromium at " + chromium + " did not start: " + e.getMessage(), e);
        }
    }

    private static Path chromiumPath() {
        var configured = System.getenv("CHROMIUM_PATH");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** The browsers' time zone (an IANA id); null: the machine's. */
    protected String timezoneId() {
        return null;
    }

    /** A page in a new browser context (its own cookies, so its own user) of the given size. */
    protected Page page(Viewport viewport) {
        return newContext(viewport, null).newPage();
    }

    /** A page like {@link #page(Viewport)} with the given device pixel ratio (1 keeps screenshots small). */
    protected Page page(Viewport viewport, double deviceScaleFactor) {
        return newContext(viewport, null, deviceScaleFactor).newPage();
    }

    private BrowserContext newContext(Viewport viewport, String storageState) {
        return newContext(viewport, storageState, viewport == Viewport.PHONE ? 2 : 1);
    }

    private BrowserContext newContext(Viewport viewport, String storageState, double deviceScaleFactor) {
        var options = new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height)
                .setLocale("en-US")
                .setBaseURL("http://localhost:" + port + "/");
        if (viewport == Viewport.PHONE) {
            options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(deviceScaleFactor);
        }
        if (timezoneId() != null) {
            options.setTimezoneId(timezoneId());
        }
        if (storageState != null) {
            options.setStorageState(storageState);
        }
        var context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(60_000);
        contexts.add(context);
        return context;
    }

    /** Opens a path of the app ("login", "classes/1") and waits until Vaadin has rendered it. */
    protected void open(Page page, String path) {
        page.navigate(path);
        waitForVaadin(page);
    }

    /**
     * Waits until every Vaadin client on the page is loaded and has no request in flight. Assertions on
     * locators wait by themselves; this is for screenshots and for steps that must not race the server.
     */
    protected static void waitForVaadin(Page page) {
        waitForFrontendBundle(page);
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients || Object.keys(clients).length === 0) return false;
                  return Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
                }""");
    }

    /**
     * The first page after a change to {@code frontend/} (or on a fresh clone) finds Vaadin building its development
     * bundle (npm install and Vite, a minute or more on a busy machine): Vaadin shows a placeholder that reloads once
     * the bundle is ready. Waits for that, up to five minutes, instead of failing the first test after 20 seconds.
     */
    private static void waitForFrontendBundle(Page page) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                if (!Boolean.TRUE.equals(page.evaluate(
                        "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.devServerIsNotLoaded)"))) {
                    return;
                }
            } catch (PlaywrightException e) {
                // the placeholder is reloading into the application
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Vaadin did not finish its development bundle within 5 minutes");
            }
            page.waitForTimeout(1000);
        }
    }

    /** Signs in through the sign-in page and checks that it worked (the sign-in page is gone). */
    protected void login(Page page, String username, String password) {
        submitLogin(page, username, password);
        assertThat(page).not().hasURL(Pattern.compile("/login(\\?.*)?$"));
    }

    /** Fills in and sends the sign-in form, opening the sign-in page first if needed; does not judge the result. */
    protected void submitLogin(Page page, String username, String password) {
        if (!page.url().contains("/login")) {
            open(page, "login");
        }
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        var signIn = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true));
        // A real form post: Spring Security answers with a redirect, to the app or back to /login?error.
        page.waitForNavigation(signIn::click);
        waitForVaadin(page);
    }

    /**
     * Saves {@code target/screenshots/NAME-phone.png} or {@code NAME-desktop.png}, after the page has
     * settled.
     */
    protected static Path screenshot(Page page, String name) {
        return screenshot(page, name, SCREENSHOTS);
    }

    /** As {@link #screenshot(Page, String)}, into the given folder. */
    protected static Path screenshot(Page page, String name, Path folder) {
        waitForVaadin(page);
        var file = folder.resolve(name + "-" + Viewport.of(page).label + ".png");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settle(page);
        // Inside the app layout the content area scrolls, not the document, so a "full page" picture
        // would stop at the fold: make the viewport as tall as the content for the picture.
        var viewport = page.viewportSize();
        int contentHeight = ((Number) page.evaluate(CONTENT_HEIGHT)).intValue();
        boolean taller = contentHeight > viewport.height;
        if (taller) {
            page.setViewportSize(viewport.width, contentHeight);
            settle(page);
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                    .setAnimations(ScreenshotAnimations.DISABLED));
        } finally {
            if (taller) {
                page.setViewportSize(viewport.width, viewport.height);
            }
        }
        return file;
    }

    private static final String CONTENT_HEIGHT = """
            () => {
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
              return content ? Math.ceil(content.getBoundingClientRect().top + content.scrollHeight) : 0;
            }""";

    /** Fonts loaded and a frame rendered, so that a picture shows the finished layout. */
    private static void settle(Page page) {
        page.evaluate("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => "
                + "requestAnimationFrame(() => r()))))");
    }

    /**
     * Screenshots the page as it is, and the same address in the other viewport: a second browser
     * context with the same cookies (same user and session) opens the page's URL.
     */
    protected void screenshotBoth(Page page, String name) {
        screenshot(page, name);
        var other = newContext(Viewport.of(page).other(), page.context().storageState()).newPage();
        open(other, page.url());
        screenshot(other, name);
        other.context().close();
        contexts.remove(other.context());
    }
}
