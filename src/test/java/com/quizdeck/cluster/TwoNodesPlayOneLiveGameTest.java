package com.quizdeck.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.quizdeck.support.ThrowawayPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each its own JVM (the application's main class on the same classpath, with the
 * {@code postgres} profile), on two ports against one throw-away PostgreSQL database; one headless
 * Chromium. The host runs a game on node A; Ana plays on node A and Ben on node B. Both phones show the
 * same question after each of the host's clicks, the question locks when both have answered (on two
 * nodes), and the scores, ranks and podium agree on the host's screen and on both phones.
 *
 * <p>Runs in its own Surefire execution ({@code cluster}, after the PostgreSQL pass; left out with
 * {@code -DskipPostgres} or {@code -DskipCluster}). The nodes' logs go to {@code target/cluster-node-*.log}.
 */
@Tag("cluster")
class TwoNodesPlayOneLiveGameTest {

    private static final String PASSWORD = "student-demo-pass";
    private static final List<Process> nodes = new ArrayList<>();
    private static int portA;
    private static int portB;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startTwoNodesAndABrowser() throws Exception {
        var url = ThrowawayPostgres.get().newDatabase("quizdeck_two_nodes");
        portA = freePort();
        portB = freePort();
        // One after the other: the first migrates the empty database and loads the demo data.
        nodes.add(startNode("A", portA, url));
        awaitHealthy("A", portA, nodes.get(0));
        nodes.add(startNode("B", portB, url));
        awaitHealthy("B", portB, nodes.get(1));

        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        for (var node : nodes) {
            node.destroy(); // SIGTERM: a graceful shutdown
        }
        for (var node : nodes) {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
    }

    @Test
    void a_host_on_node_A_and_players_on_nodes_A_and_B_see_the_same_questions_and_scores() {
        var host = page(portA, 1280, 800);
        login(host, "teacher", "teacher-demo-pass");
        open(host, "live");
        button(host, "None").click();
        // Wait for "None" to come back from the server: a box ticked before that would be cleared by its answer.
        assertThat(host.getByText("0 questions chosen")).isVisible();
        pick(host, "Who visited the DPRK the day before U.S. Secretary of State");
        pick(host, "True or false: after assuming power, Xi Jinping initially");
        assertThat(host.getByText("2 questions chosen")).isVisible();
        button(host, "Open the lobby").click();
        var codeHeading = host.locator("h1.qd-live-code");
        assertThat(codeHeading).hasText(Pattern.compile("^\\d{3} \\d{3}$"));
        var code = codeHeading.textContent().replace(" ", "");

        var ana = page(portA, 390, 844); // node A, like the host
        login(ana, "ana", PASSWORD);
        open(ana, "play/" + code);
        assertThat(heading(ana, "You're in, Ana Kim!")).isVisible();
        var ben = page(portB, 390, 844); // node B
        login(ben, "ben", PASSWORD);
        open(ben, "play/" + code);
        assertThat(heading(ben, "You're in, Ben Okafor!")).isVisible();
        // Ben joined on B: the host's lobby on A lists him.
        assertThat(host.getByText("2 players", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(host.locator(".qd-live-players")).containsText("Ben Okafor");

        // Question 1 opens on both nodes at the host's click.
        button(host, "Start").click();
        for (var phone : List.of(ana, ben)) {
            assertThat(phone.locator(".qd-live-play-progress")).hasText("Question 1 of 2");
            assertThat(choice(phone, "The Chinese Defense Minister")).isVisible();
        }
        choice(ana, "The Chinese Defense Minister").click();
        choice(ben, "Kim Dae-jung").click();
        // Both answered, on two nodes: the question locks by itself and the host sees both answers.
        assertThat(host.getByText("Time is up", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        button(host, "Reveal answer").click();
        assertThat(heading(ana, "Right!")).isVisible();
        assertThat(heading(ben, "Wrong")).isVisible();
        int anaAfter1 = scoreOf(ana);
        assertThat(anaAfter1).isPositive();
        assertThat(scoreOf(ben)).isZero();
        button(host, "Leaderboard").click();
        assertThat(host.locator(".qd-live-standing").first()).containsText("Ana Kim");
        assertThat(host.locator(".qd-live-standing").first()).containsText(pts(anaAfter1) + " pts");
        assertThat(ana.getByText("Rank 1 of 2", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(ben.getByText("Rank 2 of 2", new Page.GetByTextOptions().setExact(true))).isVisible();

        // Question 2, again on both nodes at once.
        button(host, "Next question").click();
        for (var phone : List.of(ana, ben)) {
            assertThat(phone.locator(".qd-live-play-progress")).hasText("Question 2 of 2");
            assertThat(button(phone, "True")).isVisible();
        }
        button(ben, "True").click();
        button(ana, "False").click();
        assertThat(host.getByText("Time is up", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        button(host, "Reveal answer").click();
        assertThat(heading(ben, "Right!")).isVisible();
        assertThat(heading(ana, "Wrong")).isVisible();
        int benFinal = scoreOf(ben);
        int anaFinal = scoreOf(ana);
        assertThat(anaFinal).isEqualTo(anaAfter1);
        assertThat(benFinal).isPositive();

        button(host, "Show podium").click();
        assertThat(heading(host, "Podium")).isVisible();
        assertThat(heading(ana, "Game over")).isVisible();
        assertThat(heading(ben, "Game over")).isVisible();
        assertThat(ana.getByText("You scored " + pts(anaFinal) + " points.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(ben.getByText("You scored " + pts(benFinal) + " points.", new Page.GetByTextOptions().setExact(true))).isVisible();
        // The podium as node A and node B compute it from the database: the same names and points.
        var first = anaFinal >= benFinal ? "Ana Kim · " + pts(anaFinal) : "Ben Okafor · " + pts(benFinal);
        var second = anaFinal >= benFinal ? "Ben Okafor · " + pts(benFinal) : "Ana Kim · " + pts(anaFinal);
        for (var phone : List.of(ana, ben)) {
            assertThat(phone.locator(".qd-live-mini-podium")).containsText(first + " pts");
            assertThat(phone.locator(".qd-live-mini-podium")).containsText(second + " pts");
        }
        assertThat(host.locator(".qd-live-step-1")).containsText(anaFinal >= benFinal ? "Ana Kim" : "Ben Okafor");
        assertThat(heading(host, "All answers (4)")).isVisible();
    }

    // ------------------------------------------------------------------ nodes

    private static Process startNode(String name, int port, String jdbcUrl) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var classpath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")) // the node is the application, not the tests
                .collect(Collectors.joining(File.pathSeparator));
        var pg = ThrowawayPostgres.get();
        var log = Path.of("target", "cluster-node-" + name + ".log");
        Files.createDirectories(log.getParent());
        var pb = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "com.quizdeck.Application",
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--quizdeck.demo-data=true",
                "--quizdeck.data-dir=target/cluster-node-" + name,
                "--vaadin.launch-browser=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("QUIZDECK_DB_URL", jdbcUrl);
        pb.environment().put("QUIZDECK_DB_USER", pg.username());
        pb.environment().put("QUIZDECK_DB_PASSWORD", pg.password());
        return pb.start();
    }

    private static void awaitHealthy(String name, int port, Process node) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < until) {
            if (!node.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped (exit " + node.exitValue()
                        + "); see target/cluster-node-" + name + ".log");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Node " + name + " was not healthy within 240 s; see target/cluster-node-" + name + ".log");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // ------------------------------------------------------------------ pages

    private static Page page(int port, int width, int height) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-US").setBaseURL("http://localhost:" + port + "/"));
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(90_000);
        return context.newPage();
    }

    private static void open(Page page, String path) {
        page.navigate(path);
        waitForVaadin(page);
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients || Object.keys(clients).length === 0) return false;
                  return Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
                }""");
    }

    private static void login(Page page, String username, String password) {
        open(page, "login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.waitForNavigation(button(page, "Sign in")::click);
        waitForVaadin(page);
        assertThat(page).not().hasURL(Pattern.compile("/login(\\?.*)?$"));
    }

    private static void pick(Page host, String promptStart) {
        var box = host.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + js(promptStart))));
        box.check();
        assertThat(box).isChecked();
    }

    /** A literal for a regular expression that Playwright hands to the browser (no \\Q...\\E there). */
    private static String js(String literal) {
        return literal.replaceAll("[.()\\[\\]?*+^$|{}\\\\]", "\\\\$0");
    }

    private static String pts(int points) {
        return String.format(java.util.Locale.ENGLISH, "%,d", points);
    }

    private static int scoreOf(Page phone) {
        // Scores are shown in the reader's locale ("1,998 pts" in English).
        return Integer.parseInt(phone.locator(".qd-live-play-score").textContent().replace(" pts", "").replace(",", "")
                .strip());
    }

    private static Locator choice(Page phone, String text) {
        return phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^[A-H]: " + js(text))));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
