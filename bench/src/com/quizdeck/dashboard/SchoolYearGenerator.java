package com.quizdeck.dashboard;

import com.quizdeck.content.Choice;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.deck.QuestionCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills a database with a year of a large school, through JDBC batches (the application's services would take hours
 * for this much): 1,000 students in 40 classes (39 tutor groups of about 26 and one year group with everyone), 10
 * instructors, the article's three decks given to every class, 200 quizzes (five per class), about 1,000,000 graded
 * answers, 85,000 flashcards with about 2,000,000 reviews. The year group's first quiz has 10,000 submitted attempts
 * (ten per student), for the item-analysis figure.
 *
 * <p>Marks follow a simple ability-minus-difficulty model, so that item statistics and dashboards show realistic
 * spreads rather than noise. Choice answers store the option actually chosen (the right one when the mark says so),
 * so distractor analysis has something to count. Deterministic: the same seed gives the same school.
 */
public final class SchoolYearGenerator {

    public static final int STUDENTS = 1_000;
    public static final int CLASSES = 40;
    public static final int INSTRUCTORS = 10;
    public static final int QUIZZES_PER_CLASS = 5;
    public static final int BIG_QUIZ_ATTEMPTS_PER_STUDENT = 10;
    public static final int TUTOR_GROUP_ATTEMPTS = 5;
    public static final int REVIEWS_TARGET = 2_000_000;
    /**
     * The longest gap between two reviews of a card. With 40 days, schedules reached today after about 19 reviews a
     * card and the year held 1.6 million reviews, short of the 2 million asked for; a class that studies weekly
     * reviews its cards at least every two weeks.
     */
    static final Duration MAX_INTERVAL = Duration.ofDays(14);
    static final int BATCH = 2_000;

    /** What the generator made, for the benchmark's report and look-ups. */
    public record School(long firstStudentId, long firstClassId, long yearGroupClassId, long bigQuizId,
            long tutorGroupQuizId, String tutorGroupTeacher, String yearGroupTeacher, String someStudent,
            long someStudentId, long students, long classes, long quizzes, long attempts, long answers, long cards,
            long reviews, long millis) {

        void write(java.nio.file.Path file) throws java.io.IOException {
            var values = new java.util.Properties();
            for (var c : School.class.getRecordComponents()) {
                try {
                    values.setProperty(c.getName(), String.valueOf(c.getAccessor().invoke(this)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            try (var w = java.nio.file.Files.newBufferedWriter(file)) {
                values.store(w, "the school of the last DashboardBench run");
            }
        }

        static School read(java.nio.file.Path file) throws java.io.IOException {
            var v = new java.util.Properties();
            try (var r = java.nio.file.Files.newBufferedReader(file)) {
                v.load(r);
            }
            java.util.function.ToLongFunction<String> n = k -> Long.parseLong(v.getProperty(k));
            return new School(n.applyAsLong("firstStudentId"), n.applyAsLong("firstClassId"),
                    n.applyAsLong("yearGroupClassId"), n.applyAsLong("bigQuizId"), n.applyAsLong("tutorGroupQuizId"),
                    v.getProperty("tutorGroupTeacher"), v.getProperty("yearGroupTeacher"), v.getProperty("someStudent"),
                    n.applyAsLong("someStudentId"), n.applyAsLong("students"), n.applyAsLong("classes"),
                    n.applyAsLong("quizzes"), n.applyAsLong("attempts"), n.applyAsLong("answers"),
                    n.applyAsLong("cards"), n.applyAsLong("reviews"), n.applyAsLong("millis"));
        }
    }

    private record Item(long deckId, long questionId, long versionId, String type, Question question,
            double difficulty) {
    }

    private final DataSource dataSource;
    private final QuestionCodec codec;
    private final SplittableRandom random = new SplittableRandom(20261128L);
    private final Instant now;
    private final Instant yearStart;
    private final boolean postgres;

    public SchoolYearGenerator(DataSource dataSource, QuestionCodec codec, Instant now, boolean postgres) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.now = now;
        this.yearStart = now.minus(Duration.ofDays(330));
        this.postgres = postgres;
    }

    public School generate() throws SQLException {
        long started = System.nanoTime();
        try (var db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long base = maxId(db, "user_account") + 1;
            var decks = decks(db);
            long instructor0 = base;
            long student0 = base + INSTRUCTORS;
            insertUsers(db, instructor0, student0);
            double[] ability = new double[STUDENTS];
            for (int s = 0; s < STUDENTS; s++) {
                ability[s] = random.nextGaussian() * 1.1 + 0.6;
            }

            long class0 = maxId(db, "classroom") + 1;
            long yearGroup = class0 + CLASSES - 1;
            List<List<Integer>> members = insertClasses(db, class0, instructor0, student0);
            insertClassDecks(db, class0, decks, instructor0);
            db.commit();

            long quiz0 = maxId(db, "quiz") + 1;
            long attemptId = maxId(db, "quiz_attempt") + 1;
            long answerId = maxId(db, "quiz_attempt_question") + 1;
            long attempts = 0;
            long answers = 0;
            try (var quiz = db.prepareStatement("insert into quiz (id, classroom_id, deck_id, title, opens_at, closes_at,"
                    + " time_limit_minutes, attempts_allowed, question_count, shuffle_questions, shuffle_options,"
                    + " feedback_timing, points_per_question, review_shows_answers, created_by, created_at, updated_at,"
                    + " version) values (?, ?, ?, ?, ?, null, null, null, null, false, true, 'AFTER_SUBMIT', 1, true, ?,"
                    + " ?, ?, 0)");
                    var attempt = db.prepareStatement("insert into quiz_attempt (id, quiz_id, student_id, attempt_no,"
                            + " state, started_at, time_limit_ends_at, deadline, submitted_at, finished_by,"
                            + " current_position, score, max_score, version) values (?, ?, ?, ?, 'SUBMITTED', ?, null,"
                            + " null, ?, 'STUDENT', 0, ?, ?, 1)");
                    var answer = db.prepareStatement("insert into quiz_attempt_question (id, attempt_id, position,"
                            + " question_id, version_id, question_type, shuffle, flagged, response, fraction,"
                            + " grade_status, answered_at, checked, version) values (?, ?, ?, ?, ?, ?, '[]', false, ?,"
                            + " ?, ?, ?, false, 1)")) {
                long quizId = quiz0;
                for (int c = 0; c < CLASSES; c++) {
                    long classId = class0 + c;
                    long teacher = instructor0 + (c % INSTRUCTORS);
                    for (int k = 0; k < QUIZZES_PER_CLASS; k++, quizId++) {
                        int deckIndex = k % decks.size();
                        var items = decks.get(deckIndex);
                        Instant opens = yearStart.plus(Duration.ofDays(20L + k * 60L + c % 7));
                        quiz.setLong(1, quizId);
                        quiz.setLong(2, classId);
                        quiz.setLong(3, items.getFirst().deckId());
                        quiz.setString(4, "Quiz " + (k + 1) + " of class " + (c + 1));
                        quiz.setObject(5, at(opens));
                        quiz.setLong(6, teacher);
                        quiz.setObject(7, at(opens.minus(Duration.ofDays(1))));
                        quiz.setObject(8, at(opens.minus(Duration.ofDays(1))));
                        quiz.addBatch();
                        quiz.executeBatch();

                        boolean yearGroupQuiz = classId == yearGroup;
                        for (int s : members.get(c)) {
                            int tries = yearGroupQuiz ? (k == 0 ? BIG_QUIZ_ATTEMPTS_PER_STUDENT : (s % 10 == 0 ? 1 : 0))
                                    : TUTOR_GROUP_ATTEMPTS - (s + k) % 3 + 1; // 4 to 6, about 5
                            for (int n = 1; n <= tries; n++) {
                                Instant start = opens.plus(Duration.ofHours(1L + random.nextInt(24 * 20)))
                                        .plus(Duration.ofDays(n - 1L));
                                double got = 0;
                                double[] fractions = new double[items.size()];
                                boolean[] rights = new boolean[items.size()];
                                for (int p = 0; p < items.size(); p++) {
                                    var item = items.get(p);
                                    double chance = 1 / (1 + Math.exp(-(ability[s] + 0.15 * n - item.difficulty())));
                                    rights[p] = random.nextDouble() < chance;
                                    fractions[p] = rights[p] ? 1 : partialAllowed(item) && random.nextInt(6) == 0 ? 0.5 : 0;
                                    got += fractions[p];
                                }
                                // The attempt first: its answers refer to it.
                                attempt.setLong(1, attemptId);
                                attempt.setLong(2, quizId);
                                attempt.setLong(3, student0 + s);
                                attempt.setInt(4, n);
                                attempt.setObject(5, at(start));
                                attempt.setObject(6, at(start.plusSeconds(30L * (items.size() + 1))));
                                attempt.setDouble(7, got);
                                attempt.setDouble(8, items.size());
                                attempt.addBatch();
                                attempt.executeBatch();
                                attempts++;
                                for (int p = 0; p < items.size(); p++) {
                                    var item = items.get(p);
                                    answer.setLong(1, answerId++);
                                    answer.setLong(2, attemptId);
                                    answer.setInt(3, p);
                                    answer.setLong(4, item.questionId());
                                    answer.setLong(5, item.versionId());
                                    answer.setString(6, item.type());
                                    answer.setString(7, response(item, rights[p]));
                                    answer.setDouble(8, fractions[p]);
                                    answer.setString(9, fractions[p] >= 1 ? "CORRECT" : fractions[p] > 0 ? "PARTIAL" : "INCORRECT");
                                    answer.setObject(10, at(start.plusSeconds(30L * (p + 1))));
                                    answer.addBatch();
                                    answers++;
                                    if (answers % BATCH == 0) {
                                        answer.executeBatch();
                                    }
                                }
                                attemptId++;
                            }
                        }
                        attempt.executeBatch();
                        answer.executeBatch();
                        db.commit();
                    }
                }
            }

            long cards = 0;
            long reviews = 0;
            long cardId = maxId(db, "study_card") + 1;
            long reviewId = maxId(db, "study_review") + 1;
            int cardsPerStudent = decks.stream().mapToInt(List::size).sum();
            // x 1.4: a card whose schedule reaches today stops early, which leaves about 70 % of the nominal count
            double reviewsPerCard = 1.4 * REVIEWS_TARGET / (STUDENTS * (long) cardsPerStudent);
            try (var card = db.prepareStatement("insert into study_card (id, student_id, deck_id, question_id,"
                    + " version_id, position, state, step, stability, difficulty, due, last_review, reps, lapses,"
                    + " retired, created_at, version) values (?, ?, ?, ?, ?, ?, 'REVIEW', null, ?, ?, ?, ?, ?, ?,"
                    + " false, ?, 0)");
                    var review = db.prepareStatement("insert into study_review (id, card_id, student_id, deck_id,"
                            + " question_id, version_id, source, source_id, rating, reviewed_at, elapsed_days,"
                            + " state_before, step_before, stability_before, difficulty_before, due_before,"
                            + " last_review_before, interval_before_seconds, state_after, step_after, stability_after,"
                            + " difficulty_after, due_after, interval_after_seconds) values (?, ?, ?, ?, ?, ?, ?, null,"
                            + " ?, ?, ?, ?, null, ?, ?, ?, ?, ?, 'REVIEW', null, ?, ?, ?, ?)")) {
                int pending = 0;
                for (int s = 0; s < STUDENTS; s++) {
                    int position = 0;
                    for (var deck : decks) {
                        for (var item : deck) {
                            int count = (int) Math.max(1, Math.round(reviewsPerCard * (0.5 + random.nextDouble())));
                            Instant at = yearStart.plus(Duration.ofHours(random.nextInt(24 * 30)));
                            double stability = 0.5;
                            double difficulty = Math.max(1, Math.min(10, 5 + item.difficulty() * 2));
                            Instant due = null;
                            Instant last = null;
                            int done = 0;
                            for (int r = 0; r < count; r++) {
                                double chance = 1 / (1 + Math.exp(-(ability[s] + 0.1 * r - item.difficulty())));
                                int rating = random.nextDouble() < chance ? (random.nextInt(4) == 0 ? 4 : 3)
                                        : (random.nextInt(3) == 0 ? 2 : 1);
                                double before = stability;
                                stability = rating == 1 ? Math.max(0.2, stability * 0.4) : stability * (1.4 + rating * 0.2);
                                long interval = (long) Math.min(MAX_INTERVAL.toSeconds(),
                                        Math.max(600, stability * 86_400));
                                review.setLong(1, reviewId++);
                                review.setLong(2, cardId);
                                review.setLong(3, student0 + s);
                                review.setLong(4, item.deckId());
                                review.setLong(5, item.questionId());
                                review.setLong(6, item.versionId());
                                review.setString(7, r % 7 == 3 ? "QUIZ" : "STUDY");
                                review.setInt(8, rating);
                                review.setObject(9, at(at));
                                if (last == null) {
                                    review.setNull(10, java.sql.Types.INTEGER);
                                } else {
                                    review.setInt(10, (int) Duration.between(last, at).toDays());
                                }
                                review.setString(11, last == null ? "NEW" : "REVIEW");
                                review.setDouble(12, before);
                                review.setDouble(13, difficulty);
                                review.setObject(14, due == null ? null : at(due));
                                review.setObject(15, last == null ? null : at(last));
                                if (last == null) {
                                    review.setNull(16, java.sql.Types.BIGINT);
                                } else {
                                    review.setLong(16, Duration.between(last, due).toSeconds());
                                }
                                review.setDouble(17, stability);
                                review.setDouble(18, difficulty);
                                Instant nextDue = at.plusSeconds(interval);
                                review.setObject(19, at(nextDue));
                                review.setLong(20, interval);
                                review.addBatch();
                                reviews++;
                                pending++;
                                done++;
                                last = at;
                                due = nextDue;
                                // The student comes back around the due time (a little late, sometimes much later).
                                at = nextDue.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
                                if (at.isAfter(now)) {
                                    at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 7) + 1L));
                                    if (!at.isAfter(last)) {
                                        break;
                                    }
                                }
                            }
                            card.setLong(1, cardId++);
                            card.setLong(2, student0 + s);
                            card.setLong(3, item.deckId());
                            card.setLong(4, item.questionId());
                            card.setLong(5, item.versionId());
                            card.setInt(6, position++);
                            card.setDouble(7, stability);
                            card.setDouble(8, difficulty);
                            card.setObject(9, at(due));
                            card.setObject(10, at(last));
                            card.setInt(11, done);
                            card.setInt(12, 0);
                            card.setObject(13, at(yearStart));
                            card.addBatch();
                            cards++;
                            if (pending >= BATCH) { // cards first: the reviews refer to them
                                card.executeBatch();
                                review.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                    if (s % 50 == 49) {
                        card.executeBatch();
                        review.executeBatch();
                        db.commit();
                    }
                }
                card.executeBatch();
                review.executeBatch();
                db.commit();
            }
            restartIdentities(db);
            db.commit();
            long tutorQuiz = quiz0; // the first quiz of the first tutor group
            long bigQuiz = quiz0 + (long) (CLASSES - 1) * QUIZZES_PER_CLASS;
            return new School(student0, class0, yearGroup, bigQuiz, tutorQuiz, "bench-teacher-1",
                    "bench-teacher-" + ((CLASSES - 1) % INSTRUCTORS + 1), "bench-student-1", student0,
                    STUDENTS, CLASSES, (long) CLASSES * QUIZZES_PER_CLASS, attempts, answers, cards, reviews,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static boolean partialAllowed(Item item) {
        return switch (item.type()) {
            case "SINGLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER", "NUMERIC" -> false;
            default -> true;
        };
    }

    /** The stored response, in the quiz module's JSON: the chosen option for choice questions. */
    private String response(Item item, boolean right) {
        return switch (item.question()) {
            case SingleChoiceQuestion q -> "{\"type\":\"single_choice\",\"option\":" + pick(q.options(), right) + "}";
            case MultipleResponseQuestion q -> "{\"type\":\"multiple_response\",\"options\":[" + pick(q.options(), right)
                    + "]}";
            case TrueFalseQuestion q -> "{\"type\":\"true_false\",\"answer\":" + (right == q.answer()) + "}";
            default -> "{\"type\":\"short_answer\",\"text\":\"" + (right ? "right" : "wrong") + "\"}";
        };
    }

    private int pick(List<Choice> options, boolean right) {
        var fitting = new ArrayList<Integer>();
        for (int i = 0; i < options.size(); i++) {
            if ((options.get(i).weight() > 0) == right) {
                fitting.add(i);
            }
        }
        if (fitting.isEmpty()) {
            return 0;
        }
        // Wrong answers favour the first wrong option: a "popular distractor" for the hints to find.
        return right || random.nextInt(2) == 0 ? fitting.getFirst() : fitting.get(random.nextInt(fitting.size()));
    }

    private void insertUsers(Connection db, long instructor0, long student0) throws SQLException {
        try (var user = db.prepareStatement("insert into user_account (id, username, display_name, password_hash,"
                + " role, enabled, created_at, version) values (?, ?, ?, '{noop}bench-not-for-sign-in', ?, true, ?, 0)")) {
            for (int i = 0; i < INSTRUCTORS; i++) {
                user.setLong(1, instructor0 + i);
                user.setString(2, "bench-teacher-" + (i + 1));
                user.setString(3, "Teacher " + (i + 1));
                user.setString(4, "INSTRUCTOR");
                user.setObject(5, at(yearStart));
                user.addBatch();
            }
            for (int s = 0; s < STUDENTS; s++) {
                user.setLong(1, student0 + s);
                user.setString(2, "bench-student-" + (s + 1));
                user.setString(3, "Student " + String.format("%04d", s + 1));
                user.setString(4, "STUDENT");
                user.setObject(5, at(yearStart));
                user.addBatch();
            }
            user.executeBatch();
        }
    }

    /** Tutor groups of about 26 (students 0..999 spread over 39 groups), and a year group with all of them. */
    private List<List<Integer>> insertClasses(Connection db, long class0, long instructor0, long student0)
            throws SQLException {
        var members = new ArrayList<List<Integer>>();
        try (var classroom = db.prepareStatement("insert into classroom (id, name, join_code, instructor_id, archived,"
                + " created_at, version) values (?, ?, ?, ?, false, ?, 0)");
                var member = db.prepareStatement("insert into class_membership (classroom_id, student_id, joined_at)"
                        + " values (?, ?, ?)")) {
            for (int c = 0; c < CLASSES; c++) {
                boolean yearGroup = c == CLASSES - 1;
                classroom.setLong(1, class0 + c);
                classroom.setString(2, yearGroup ? "Year 11 (everyone)" : "Tutor group " + (c + 1));
                classroom.setString(3, "BN" + String.format("%04d", c) + Long.toString(class0 % 1000, 36));
                classroom.setLong(4, instructor0 + (c % INSTRUCTORS));
                classroom.setObject(5, at(yearStart));
                classroom.addBatch();
                var list = new ArrayList<Integer>();
                for (int s = 0; s < STUDENTS; s++) {
                    if (yearGroup || s % (CLASSES - 1) == c) {
                        list.add(s);
                    }
                }
                members.add(list);
            }
            classroom.executeBatch();
            for (int c = 0; c < CLASSES; c++) {
                for (int s : members.get(c)) {
                    member.setLong(1, class0 + c);
                    member.setLong(2, student0 + s);
                    member.setObject(3, at(yearStart));
                    member.addBatch();
                }
            }
            member.executeBatch();
        }
        return members;
    }

    private void insertClassDecks(Connection db, long class0, List<List<Item>> decks, long instructor0)
            throws SQLException {
        try (var share = db.prepareStatement("insert into class_deck (classroom_id, deck_id, shared_by, shared_at)"
                + " values (?, ?, ?, ?)")) {
            for (int c = 0; c < CLASSES; c++) {
                for (var deck : decks) {
                    share.setLong(1, class0 + c);
                    share.setLong(2, deck.getFirst().deckId());
                    share.setLong(3, instructor0 + (c % INSTRUCTORS));
                    share.setObject(4, at(yearStart));
                    share.addBatch();
                }
            }
            share.executeBatch();
        }
    }

    /** The article's decks (loaded at start from question-banks/), with each question's current version. */
    private List<List<Item>> decks(Connection db) throws SQLException {
        var result = new ArrayList<List<Item>>();
        try (var ps = db.prepareStatement("select d.id, q.id, v.id, q.type, v.content from deck d"
                + " join deck_question q on q.deck_id = d.id and q.removed = false"
                + " join question_version v on v.id = q.current_version_id"
                + " where d.slug like 'rdprk-%' order by d.slug, q.position")) {
            try (var rs = ps.executeQuery()) {
                long deck = -1;
                while (rs.next()) {
                    if (rs.getLong(1) != deck) {
                        deck = rs.getLong(1);
                        result.add(new ArrayList<>());
                    }
                    result.getLast().add(new Item(deck, rs.getLong(2), rs.getLong(3), rs.getString(4),
                            codec.decode(rs.getString(5)), random.nextGaussian() * 0.9));
                }
            }
        }
        if (result.size() < 3) {
            throw new IllegalStateException("The article's decks are not loaded (found " + result.size() + ")");
        }
        return result;
    }

    private static long maxId(Connection db, String table) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Explicit ids were used for speed: move each identity past them so that the application can insert again. */
    private void restartIdentities(Connection db) throws SQLException {
        for (var table : List.of("user_account", "classroom", "class_membership", "class_deck", "quiz", "quiz_attempt",
                "quiz_attempt_question", "study_card", "study_review")) {
            long next = maxId(db, table) + 1;
            try (var st = db.createStatement()) {
                if (postgres) {
                    st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
                } else {
                    st.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
