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
 * the UI in headless Chromium, lets a student start the demo quiz and answer two questions (each
 * acknowledged with "Saved"), kills the process with SIGKILL, starts it again and checks that the
 * class is still there and that the student resumes the same attempt with both acknowledged answers.
 * Run with bench/restart-check.sh (it builds the jar and the classpath).
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

            var student = browser.newPage();
            signIn(student, port, "ana", "student-demo-pass");
            student.navigate("http://localhost:" + port + "/quizzes");
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Treaties quiz")).click();
            student.waitForURL(url -> url.matches(".*/attempts/\\d+$"));
            var attemptUrl = student.url();
            student.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                    .setName("The 2000 Treaty of Friendship, Good Neighborliness, and Cooperation")).check();
            saved(student, 1);
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
            student.getByLabel("Your answer (a number)").fill("1996");
            student.getByLabel("Your answer (a number)").press("Tab");
            saved(student, 2);
            lines.add("student answered questions 1 and 2 of " + attemptUrl.replaceAll(".*(/attempts/)", "$1")
                    + ", both acknowledged 'Saved'");

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

            var student2 = browser.newPage();
            signIn(student2, port, "ana", "student-demo-pass");
            student2.navigate(attemptUrl);
            student2.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question 2 of 29")).waitFor();
            var number = student2.getByLabel("Your answer (a number)").inputValue();
            student2.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"))
                    .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                            .setName(java.util.regex.Pattern.compile("^Question 1, "))).click();
            student2.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question 1 of 29")).waitFor();
            boolean firstKept = student2.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                    .setName("The 2000 Treaty of Friendship, Good Neighborliness, and Cooperation")).isChecked();
            boolean secondKept = "1996".equals(number);
            lines.add("after restart the student resumes the attempt at question 2; answer 1 kept: "
                    + (firstKept ? "yes" : "NO") + ", answer 2 kept: " + (secondKept ? "yes" : "NO (" + number + ")"));
            if (!firstKept || !secondKept) {
                throw new IllegalStateException("acknowledged answers lost: " + lines);
            }
            second.destroy();
            second.waitFor();
        }
        var report = String.join("\n", lines) + "\n";
        System.out.print(report);
        Files.writeString(Path.of("bench/results/restart-check.txt"),
                "# bench/restart-check.sh, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                        + " cores, load average at the end " + java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage() + " (other work on the machine slows the"
                        + " start-up figures)\n" + report);
    }

    private static void signIn(Page page, int port) {
        signIn(page, port, "teacher", "teacher-demo-pass");
    }

    private static void saved(Page page, int question) {
        page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^Saved · question " + question + " · "))).waitFor();
    }

    private static void signIn(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
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
