package com.quizdeck.study;

import com.quizdeck.account.AccountService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How long picking the next card takes for a student with 10,000 cards and 100,000 review-log rows, in H2 in file
 * mode (the embedded default). Not a test: it asserts nothing and runs only with {@code ./mvnw -Pbench test} (see
 * bench/README.md); results go to {@code bench/results/study-next-card.txt}.
 *
 * <p>Times the exact SQL of {@link StudyQueries} through JDBC ("at the database"), the same through the Spring Data
 * repository (Hibernate's mapping included), and a whole {@link StudyService#next} call (access checks, counts and
 * the question's content included) for comparison.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/study-bench;DB_CLOSE_ON_EXIT=FALSE",
        "quizdeck.demo-data=false",
        "logging.level.root=warn",
})
class StudyNextCardBench {

    static final int CARDS = 10_000;
    static final int REVIEWS = 100_000;
    static final int[] DECK_SIZES = {7_000, 1_000, 1_000, 1_000};
    static final int WARMUP = 300;
    static final int RUNS = 3_000;
    static final Path RESULTS = Path.of("bench", "results", "study-next-card.txt");

    static {
        // A fresh database for every run.
        try {
            var dir = Path.of("target", "bench");
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (var file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    StudentCardRepository cards;
    @Autowired
    StudyService study;
    @Autowired
    AccountService accounts;

    private final List<String> out = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void pick_the_next_card() throws Exception {
        long studentId;
        long[] deckIds;
        long setupStart = System.nanoTime();
        try (var db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            studentId = insertStudent(db);
            deckIds = insertDecksAndClass(db, studentId);
            insertCardsAndReviews(db, studentId, deckIds);
            db.commit();
            try (var analyze = db.createStatement()) {
                analyze.execute("analyze");
            }
        }
        long setupMillis = (System.nanoTime() - setupStart) / 1_000_000;

        line("Picking the next card: one student with %,d cards (decks of %s) and %,d review-log rows.", CARDS,
                Arrays.toString(DECK_SIZES), REVIEWS);
        line("H2 %s in file mode (the embedded default), %s, %d cores, Java %s. Setup took %,d ms.",
                h2Version(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), setupMillis);
        line("Load average when the timing started (other builds share this machine): %s.", loadAverage());
        line("%d warm-up calls, then %d timed calls each; times in milliseconds, measured around the call in the JVM", WARMUP,
                RUNS);
        line("(JDBC: the statement and reading its row; repository: with Hibernate's mapping to an entity).");
        line("");
        line("%-58s %8s %8s %8s %8s", "query", "p50", "p95", "p99", "max");

        long deck = deckIds[0];
        long other = -1; // a deck with nothing: asked between two timed calls so that H2 cannot reuse a result
        try (var db = dataSource.getConnection()) {
            timeSql(db, "next due card of a deck (7,000 cards), JDBC", StudyQueries.NEXT_DUE_IN_DECK,
                    (ps, i) -> {
                        ps.setLong(1, studentId);
                        ps.setLong(2, i < 0 ? other : deck);
                        ps.setTimestamp(3, Timestamp.from(StudyQueries.DUE_FLOOR));
                        ps.setTimestamp(4, Timestamp.from(now.plusMillis(i)));
                    });
            timeSql(db, "next new card of a deck, JDBC", StudyQueries.NEXT_NEW_IN_DECK,
                    (ps, i) -> {
                        ps.setLong(1, studentId);
                        ps.setLong(2, i < 0 ? other : deck);
                    });
            timeSql(db, "next due time after now in a deck, JDBC", StudyQueries.NEXT_LATER_IN_DECK,
                    (ps, i) -> {
                        ps.setLong(1, studentId);
                        ps.setLong(2, i < 0 ? other : deck);
                        ps.setTimestamp(3, Timestamp.from(now.plusMillis(i)));
                    });
            try (var ps = db.prepareStatement(positional(StudyQueries.NEXT_DUE_IN_DECK))) {
                time("next due card of all 4 decks (class: 4 queries), JDBC", i -> {
                    for (long d : deckIds) {
                        try {
                            ps.setLong(1, studentId);
                            ps.setLong(2, d);
                            ps.setTimestamp(3, Timestamp.from(StudyQueries.DUE_FLOOR));
                            ps.setTimestamp(4, Timestamp.from(now.plusMillis(i)));
                            try (var rs = ps.executeQuery()) {
                                rs.next();
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
        }
        time("next due card of a deck, Spring Data repository",
                i -> cards.nextDueInDeck(studentId, deck, StudyQueries.DUE_FLOOR, now.plusMillis(i)));
        time("next new card of a deck, Spring Data repository", i -> cards.nextNewInDeck(studentId, other),
                i -> cards.nextNewInDeck(studentId, deck), null);
        time("cards due now in a deck by status, repository",
                i -> cards.dueNowInDeck(studentId, deck, StudyQueries.DUE_FLOOR, now.plusMillis(i)));
        time("new cards in a deck, count, repository", i -> cards.countNewInDeck(studentId, other),
                i -> cards.countNewInDeck(studentId, deck), null);
        var username = "bench-student";
        var scope = StudyScope.deck(deck);
        time("StudyService.next(deck): checks, counts, pick, content",
                i -> accounts.runAs(username, () -> study.next(scope, ZoneOffset.UTC)));
        time("StudyService.myDecks(): the flashcards page, 4 decks",
                i -> accounts.runAs(username, () -> study.myDecks(ZoneOffset.UTC)));
        line("");
        line("The benchmark's own clock stands still, so the service calls above answer from the same cards each time.");

        line("");
        line("Query plans (H2 EXPLAIN ANALYZE; scanCount is the rows the index delivered):");
        try (var db = dataSource.getConnection()) {
            explain(db, "next due card of a deck", literal(StudyQueries.NEXT_DUE_IN_DECK, studentId, deck));
            explain(db, "next new card of a deck", literal(StudyQueries.NEXT_NEW_IN_DECK, studentId, deck));
            explain(db, "next due time after now in a deck", literal(StudyQueries.NEXT_LATER_IN_DECK, studentId, deck));
        }
        Files.createDirectories(RESULTS.getParent());
        Files.write(RESULTS, out);
        System.out.println(String.join(System.lineSeparator(), out));
    }

    // ------------------------------------------------------------------ data

    private long insertStudent(Connection db) throws SQLException {
        try (var ps = db.prepareStatement("""
                insert into user_account (username, display_name, password_hash, role, enabled, created_at, version)
                values ('bench-student', 'Bench Student', '{noop}x', 'STUDENT', true, ?, 0)""",
                new String[] {"id"})) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private long[] insertDecksAndClass(Connection db, long studentId) throws SQLException {
        long teacherId;
        try (var ps = db.prepareStatement("""
                insert into user_account (username, display_name, password_hash, role, enabled, created_at, version)
                values ('bench-teacher', 'Bench Teacher', '{noop}x', 'INSTRUCTOR', true, ?, 0)""",
                new String[] {"id"})) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.executeUpdate();
            teacherId = generatedId(ps);
        }
        long classId;
        try (var ps = db.prepareStatement("""
                insert into classroom (name, join_code, instructor_id, archived, created_at, version)
                values ('Bench class', 'BENCH2', ?, false, ?, 0)""", new String[] {"id"})) {
            ps.setLong(1, teacherId);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.executeUpdate();
            classId = generatedId(ps);
        }
        try (var ps = db.prepareStatement(
                "insert into class_membership (classroom_id, student_id, joined_at) values (?, ?, ?)")) {
            ps.setLong(1, classId);
            ps.setLong(2, studentId);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.executeUpdate();
        }
        // Real question content (a shipped deck's), so that the whole service call can decode it.
        String content;
        try (var st = db.createStatement(); var rs = st.executeQuery(
                "select content from question_version order by id fetch first 1 rows only")) {
            rs.next();
            content = rs.getString(1);
        }
        var deckIds = new long[DECK_SIZES.length];
        for (int d = 0; d < DECK_SIZES.length; d++) {
            try (var ps = db.prepareStatement("""
                    insert into deck (slug, title, tags, origin, content_version, created_at, updated_at, version)
                    values (?, ?, '', 'IMPORT', 1, ?, ?, 0)""", new String[] {"id"})) {
                ps.setString(1, "bench-" + d);
                ps.setString(2, "Bench deck " + d);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.executeUpdate();
                deckIds[d] = generatedId(ps);
            }
            try (var ps = db.prepareStatement(
                    "insert into class_deck (classroom_id, deck_id, shared_at) values (?, ?, ?)")) {
                ps.setLong(1, classId);
                ps.setLong(2, deckIds[d]);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.executeUpdate();
            }
            try (var q = db.prepareStatement("""
                    insert into deck_question (deck_id, question_key, position, type, removed, version)
                    values (?, ?, ?, 'SINGLE_CHOICE', false, 0)""", new String[] {"id"});
                    var v = db.prepareStatement("""
                    insert into question_version (question_id, version_no, content, content_hash, created_at)
                    values (?, 1, ?, 'x', ?)""", new String[] {"id"});
                    var link = db.prepareStatement("update deck_question set current_version_id = ? where id = ?")) {
                for (int i = 0; i < DECK_SIZES[d]; i++) {
                    q.setLong(1, deckIds[d]);
                    q.setString(2, "q" + i);
                    q.setInt(3, i);
                    q.executeUpdate();
                    long questionId = generatedId(q);
                    v.setLong(1, questionId);
                    v.setString(2, content);
                    v.setTimestamp(3, Timestamp.from(now));
                    v.executeUpdate();
                    link.setLong(1, generatedId(v));
                    link.setLong(2, questionId);
                    link.addBatch();
                }
                link.executeBatch();
            }
        }
        return deckIds;
    }

    /**
     * 20 % of the cards new, 5 % in (re)learning due within the hour either side of now, 75 % in review due from 30
     * days ago to a year ahead (so about 6 % of all cards are overdue reviews); 100,000 reviews spread over the
     * reviewed cards in the past year.
     */
    private void insertCardsAndReviews(Connection db, long studentId, long[] deckIds) throws SQLException {
        var random = new SplittableRandom(42);
        var reviewed = new ArrayList<long[]>(); // card id, deck id, question id, version id
        try (var questions = db.prepareStatement(
                "select id, current_version_id, position from deck_question where deck_id = ? order by position");
                var insert = db.prepareStatement("""
                        insert into study_card (student_id, deck_id, question_id, version_id, position, state, step,
                            stability, difficulty, due, last_review, reps, lapses, retired, created_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, 0)""", new String[] {"id"})) {
            for (long deckId : deckIds) {
                questions.setLong(1, deckId);
                try (var rs = questions.executeQuery()) {
                    while (rs.next()) {
                        double kind = random.nextDouble();
                        String state;
                        Instant due;
                        Integer step = null;
                        if (kind < 0.20) {
                            state = "NEW";
                            due = null;
                        } else if (kind < 0.25) {
                            state = random.nextBoolean() ? "LEARNING" : "RELEARNING";
                            step = 0;
                            due = now.plusSeconds(random.nextLong(-3_600, 3_600));
                        } else {
                            state = "REVIEW";
                            due = now.plusSeconds(random.nextLong(-30L * 86_400, 365L * 86_400));
                        }
                        insert.setLong(1, studentId);
                        insert.setLong(2, deckId);
                        insert.setLong(3, rs.getLong(1));
                        insert.setLong(4, rs.getLong(2));
                        insert.setInt(5, rs.getInt(3));
                        insert.setString(6, state);
                        insert.setObject(7, step);
                        boolean isNew = due == null;
                        insert.setObject(8, isNew ? null : 1 + random.nextDouble() * 200);
                        insert.setObject(9, isNew ? null : 1 + random.nextDouble() * 9);
                        insert.setTimestamp(10, isNew ? null : Timestamp.from(due));
                        insert.setTimestamp(11, isNew ? null
                                : Timestamp.from(now.minusSeconds(random.nextLong(60, 365L * 86_400))));
                        insert.setInt(12, isNew ? 0 : 1 + random.nextInt(20));
                        insert.setInt(13, isNew ? 0 : random.nextInt(3));
                        insert.setTimestamp(14, Timestamp.from(now.minus(Duration.ofDays(400))));
                        insert.executeUpdate();
                        if (!isNew) {
                            reviewed.add(new long[] {generatedId(insert), deckId, rs.getLong(1), rs.getLong(2)});
                        }
                    }
                }
            }
        }
        try (var insert = db.prepareStatement("""
                insert into study_review (card_id, student_id, deck_id, question_id, version_id, source, rating,
                    reviewed_at, elapsed_days, state_before, stability_before, difficulty_before, state_after,
                    stability_after, difficulty_after, due_after, interval_after_seconds)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REVIEW', 10, 5, 'REVIEW', 12, 5, ?, 864000)""")) {
            for (int i = 0; i < REVIEWS; i++) {
                var card = reviewed.get(random.nextInt(reviewed.size()));
                var at = now.minusSeconds(random.nextLong(60, 365L * 86_400));
                insert.setLong(1, card[0]);
                insert.setLong(2, studentId);
                insert.setLong(3, card[1]);
                insert.setLong(4, card[2]);
                insert.setLong(5, card[3]);
                insert.setString(6, random.nextInt(10) == 0 ? "QUIZ" : "STUDY");
                insert.setInt(7, 1 + random.nextInt(4));
                insert.setTimestamp(8, Timestamp.from(at));
                insert.setInt(9, random.nextInt(30));
                insert.setTimestamp(10, Timestamp.from(at.plus(Duration.ofDays(10))));
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    // ------------------------------------------------------------------ timing

    interface Binder {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    private String literal(String sql, long studentId, long deckId) {
        return sql.replace(":studentId", Long.toString(studentId)).replace(":deckId", Long.toString(deckId))
                .replace(":floor", "timestamp with time zone '" + StudyQueries.DUE_FLOOR + "'")
                .replace(":now", "timestamp with time zone '" + now + "'");
    }

    /** Named parameters to JDBC's question marks, in order of appearance. */
    private static String positional(String sql) {
        return sql.replaceAll(":[a-zA-Z]+", "?");
    }

    /**
     * Times {@code sql}; before each timed call, an untimed one with {@code i = -1} (which the binders turn into an
     * empty deck), so that H2 cannot answer a query whose parameters do not change from its result cache.
     */
    private void timeSql(Connection db, String label, String sql, Binder binder) throws SQLException {
        try (var ps = db.prepareStatement(positional(sql))) {
            IntConsumer run = i -> {
                try {
                    binder.bind(ps, i);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong("id");
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            time(label, run, run, null);
        }
    }

    private void time(String label, IntConsumer call) {
        time(label, null, call, null);
    }

    private void time(String label, IntConsumer call, String note) {
        time(label, null, call, note);
    }

    private void time(String label, IntConsumer untimed, IntConsumer call, String note) {
        var nanos = new long[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            if (untimed != null) {
                untimed.accept(-1);
            }
            long t0 = System.nanoTime();
            call.accept(i);
            long t = System.nanoTime() - t0;
            if (i >= WARMUP) {
                nanos[i - WARMUP] = t;
            }
        }
        Arrays.sort(nanos);
        line("%-58s %8.3f %8.3f %8.3f %8.3f%s", label, ms(nanos[RUNS / 2]), ms(nanos[(int) (RUNS * 0.95)]),
                ms(nanos[(int) (RUNS * 0.99)]), ms(nanos[RUNS - 1]), note == null ? "" : "  " + note);
    }

    private void explain(Connection db, String label, String sql) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery("explain analyze " + sql)) {
            rs.next();
            line("");
            line("-- " + label);
            rs.getString(1).lines().forEach(this::line);
        }
    }

    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private String h2Version() {
        try (var db = dataSource.getConnection()) {
            return db.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "?";
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (var keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private void line(String format, Object... args) {
        out.add(String.format(Locale.ROOT, format, args));
    }
}
