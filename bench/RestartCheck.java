import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Production jar start-up time and crash durability, as the foundation issue asks:
 * starts the jar on a fresh data folder, times until /login answers 200, creates a class through
 * the UI in headless Chromium, kills the process with SIGKILL, starts it again and checks that the
 * class is still there. Run with bench/restart-check.sh (it builds the jar and the classpath).
 */
public class RestartCheck {

    public static void main(String[] args) throws Exception {
        var jar = Path.of(args[0]);
        var data = Files.createTempDirectory("quizdeck-restart");
        int port = 18080 + (int) (ProcessHandle.current().pid() % 1000);
        var lines = new ArrayList<String>();

        var first = start(jar, data, port);
        var startup = waitForLogin(port);
        lines.add("first start, jar to login page 200: " + startup.toMillis() + " ms");
        var className = "Restart check " + Instant.now().getEpochSecond();
        try (var pw = Playwright.create()) {
            var browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            var page = browser.newPage();
            signIn(page, port);
            page.navigate("http://localhost:" + port + "/classes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New class").setExact(true)).click();
            page.getByLabel("Class name").fill(className);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create").setExact(true)).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(className)).waitFor();
            lines.add("class created through the UI: " + className);

            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no graceful close of H2
            first.waitFor();
            lines.add("process killed with SIGKILL");

            var second = start(jar, data, port);
            var restart = waitForLogin(port);
            lines.add("restart, jar to login page 200: " + restart.toMillis() + " ms");
            var page2 = browser.newPage();
            signIn(page2, port);
            page2.navigate("http://localhost:" + port + "/classes");
            page2.getByText(className).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(20_000));
            lines.add("after restart the class is listed: yes");
            second.destroy();
            second.waitFor();
        }
        var report = String.join("\n", lines) + "\n";
        System.out.print(report);
        Files.writeString(Path.of("bench/results/restart-check.txt"),
                "# bench/restart-check.sh, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                        + " cores\n" + report);
    }

    private static void signIn(Page page, int port) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("teacher");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("teacher-demo-pass");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static Process start(Path jar, Path data, int port) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile())
                .directory(data.toFile())
                .start();
    }

    private static Duration waitForLogin(int port) throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        var started = System.nanoTime();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        while (System.nanoTime() - started < Duration.ofSeconds(120).toNanos()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("login page did not answer within 120 s");
    }
}
