package com.quizdeck.dashboard;

import com.quizdeck.account.AccountService;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.deck.QuestionCodec;
import com.quizdeck.quiz.AnswerSummaries;
import com.quizdeck.support.TestDatabaseInitializer;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The dashboards on a year of a large school ({@link SchoolYearGenerator}: 1,000 students, 40 classes, 200 quizzes,
 * about 1,000,000 answers and 2,000,000 flashcard reviews), on H2 in file mode (the embedded default) or, with
 * {@code -Dquizdeck.test.db=postgres}, on a throw-away PostgreSQL. Times whole service calls (access checks, queries,
 * mapping, statistics) as the pages make them, and counts their SQL statements. Not a test: it runs only with
 * {@code bench/dashboards.sh}; results go to {@code bench/results/dashboards-<engine>.txt}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/dashboards;DB_CLOSE_ON_EXIT=FALSE;MAX_MEMORY_ROWS=500000",
        "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
        "quizdeck.demo-data=false",
        "quizdeck.quiz.overdue-check-cron=-",
        "logging.level.root=warn",
        "spring.jpa.properties.hibernate.log_slow_query=${bench.slow-query-ms:0}",
        "logging.level.org.hibernate.SQL_SLOW=info",
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DashboardBench {

    static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    static final int RUNS = Integer.getInteger("bench.runs", 30);
    static final boolean POSTGRES = "postgres".equals(System.getProperty("quizdeck.test.db"));
    /** -Dbench.reuse=true: time again on the H2 file of the previous run (for tuning queries). */
    static final boolean REUSE = Boolean.getBoolean("bench.reuse");
    static final Path SCHOOL = Path.of("target", "bench", "dashboards-school.properties");

    static {
        if (!POSTGRES && !REUSE) { // a fresh H2 file for every run
            try {
                var dir = Path.of("target", "bench");
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        for (var file : files.filter(f -> f.getFileName().toString().startsWith("dashboards")).toList()) {
                            Files.delete(file);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    QuestionCodec codec;
    @Autowired
    DashboardService dashboards;
    @Autowired
    AccountService accounts;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final List<String> out = new ArrayList<>();

    @Test
    void dashboards_on_a_school_year() throws Exception {
        var school = REUSE && Files.exists(SCHOOL) ? SchoolYearGenerator.School.read(SCHOOL)
                : new SchoolYearGenerator(dataSource, codec, Instant.now(), POSTGRES).generate();
        if (!POSTGRES) {
            school.write(SCHOOL);
        }
        // The generator writes attempts around the application, as they were before V10: the V10.1 migration's
        // backfill gives them their answer summaries, timed here as the upgrade of a school year would be.
        long backfillStarted = System.nanoTime();
        int backfilled = AnswerSummaries.backfill(dataSource);
        long backfillMs = (System.nanoTime() - backfillStarted) / 1_000_000;
        analyze();
        String engine = POSTGRES ? "PostgreSQL " + databaseVersion() : "H2 " + databaseVersion() + " (file)";
        line("# Dashboards on a school year, %s, %d cores, Java %s, %s", engine,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Instant.now());
        line("data: %,d students, %,d classes, %,d quizzes, %,d submitted attempts, %,d answers, %,d flashcards, "
                + "%,d reviews (generated in %,d ms)", school.students(), school.classes(), school.quizzes(),
                school.attempts(), school.answers(), school.cards(), school.reviews(), school.millis());
        line("answer summaries (the V10.1 migration's backfill) written for %,d attempts in %,d ms", backfilled,
                backfillMs);
        line("load average before timing: %.2f (other work on the machine slows every figure)", loadAverage());
        line("%d warm-up calls, then %d timed calls of each page's service call; milliseconds", WARMUP, RUNS);
        line("");
        line("%-62s %8s %8s %8s %10s %8s", "page (service call)", "p50", "p95", "max", "statements", "target");

        long tutorGroup = school.firstClassId();
        time("class dashboard, tutor group (26 students x 3 decks)", 300, school.tutorGroupTeacher(),
                () -> dashboards.classDashboard(tutorGroup));
        time("class dashboard, year group (1,000 students x 3 decks)", 300, school.yearGroupTeacher(),
                () -> dashboards.classDashboard(school.yearGroupClassId()));
        // "computed": every call analyses the attempts afresh (as after a new attempt); "reopened": the page again
        // with no new attempt, which reuses the computed analysis after checking the attempts' stamp.
        time("item analysis computed, all 10,000 attempts of a quiz", 500, school.yearGroupTeacher(),
                () -> {
                    dashboards.forgetAnalyses();
                    return dashboards.itemAnalysis(school.bigQuizId(), WhichAttempts.ALL);
                });
        time("item analysis computed, first attempts of the same quiz", 500, school.yearGroupTeacher(),
                () -> {
                    dashboards.forgetAnalyses();
                    return dashboards.itemAnalysis(school.bigQuizId(), WhichAttempts.FIRST);
                });
        time("item analysis reopened, all 10,000 attempts", 500, school.yearGroupTeacher(),
                () -> dashboards.itemAnalysis(school.bigQuizId(), WhichAttempts.ALL));
        time("item analysis computed, tutor group quiz (about 130 attempts)", 500, school.tutorGroupTeacher(),
                () -> {
                    dashboards.forgetAnalyses();
                    return dashboards.itemAnalysis(school.tutorGroupQuizId(), WhichAttempts.ALL);
                });
        time("student page (instructor), one student", 200, school.tutorGroupTeacher(),
                () -> dashboards.studentReport(tutorGroup, school.someStudentId(), ZoneOffset.UTC));
        time("my progress (student), two classes, 85 cards, ~2,000 reviews", 200, school.someStudent(),
                () -> dashboards.myProgress(ZoneOffset.UTC));

        var file = Path.of("bench", "results", "dashboards-" + (POSTGRES ? "postgres" : "h2") + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        out.forEach(System.out::println);
    }

    private void time(String name, int targetMs, String user, Supplier<?> call) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < WARMUP; i++) {
            accounts.runAs(user, call);
        }
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        accounts.runAs(user, call);
        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            accounts.runAs(user, call);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        line("%-62s %8.1f %8.1f %8.1f %10d %8s", name, pct(ms, 50), pct(ms, 95), ms[ms.length - 1], statements,
                "<" + targetMs);
    }

    private void analyze() throws SQLException {
        try (var db = dataSource.getConnection(); var st = db.createStatement()) {
            st.execute(POSTGRES ? "vacuum analyze" : "analyze");
        }
    }

    private String databaseVersion() throws SQLException {
        try (var db = dataSource.getConnection()) {
            return db.getMetaData().getDatabaseProductVersion().split(" ")[0];
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private void line(String format, Object... args) {
        out.add(String.format(Locale.ROOT, format, args));
    }
}
