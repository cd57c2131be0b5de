package com.quizdeck.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares our calculation on Moodle's {@code results00.csv} with Moodle's expected statistics: the item statistics of
 * {@code qstats00.csv} and the quiz statistics of Moodle's walkthrough test (transcribed into
 * {@code quizstats00.csv}). Every expected number is read from those files; every actual number is computed here.
 * See {@code src/test/resources/peers/moodle/README.md}.
 */
class MoodleFixtureTest {

    private static final String DIR = "/peers/moodle/";

    /** "To 4 decimal places": within half a unit of the fourth decimal. */
    private static final double FOUR_DP = 0.5e-4;

    /** Every slot of Moodle's quiz 00 has max mark 1 ({@code mark} column of Moodle's questions00.csv). */
    private static final double MAX_MARK = 1.0;

    private static final Pattern SLOT_COLUMN = Pattern.compile("slots\\.(\\d+)\\.mark");

    /** How to read each qstats00.csv column from our result. Facility is a fraction there, a percent here. */
    private static final Map<String, Function<QuestionStatistics, @Nullable Double>> ITEM_COLUMNS = Map.of(
            "facility", q -> q.facilityIndex() == null ? null : q.facilityIndex() / 100.0,
            "sd", q -> q.moments().standardDeviation(),
            "effectiveweight", QuestionStatistics::effectiveWeight,
            "covariance", q -> q.moments().covariance(),
            "markvariance", q -> q.moments().markVariance(),
            "othermarkvariance", q -> q.moments().otherMarkVariance(),
            "discriminationindex", QuestionStatistics::discriminationIndex,
            "covariancemax", q -> q.moments().covarianceMax(),
            "discriminativeefficiency", QuestionStatistics::discriminativeEfficiency);

    /** How to read each quizstats00.csv row from our result, in marks as Moodle's calculator keeps them. */
    private static final Map<String, Function<QuizStatistics, @Nullable Double>> QUIZ_STATS = Map.ofEntries(
            Map.entry("median", q -> marks(q.median())),
            Map.entry("firstattemptsavg", q -> q.bySelection().get(WhichAttempts.FIRST).meanMark()),
            Map.entry("allattemptsavg", q -> q.bySelection().get(WhichAttempts.ALL).meanMark()),
            Map.entry("firstattemptscount", q -> (double) q.bySelection().get(WhichAttempts.FIRST).attemptCount()),
            Map.entry("allattemptscount", q -> (double) q.bySelection().get(WhichAttempts.ALL).attemptCount()),
            Map.entry("standarddeviation", q -> marks(q.standardDeviation())),
            Map.entry("skewness", QuizStatistics::skewness),
            Map.entry("kurtosis", QuizStatistics::kurtosis),
            Map.entry("cic", QuizStatistics::internalConsistency),
            Map.entry("errorratio", QuizStatistics::errorRatio),
            Map.entry("standarderror", q -> marks(q.standardError())));

    private static List<Map<String, String>> results;
    private static List<QuizSlot> slots;
    private static List<Attempt> attempts;
    private static QuizStatisticsReport report;

    @BeforeAll
    static void calculate() throws IOException {
        results = readCsv("results00.csv");
        List<String> slotColumns = new ArrayList<>();
        slots = new ArrayList<>();
        for (String column : results.getFirst().keySet()) {
            Matcher m = SLOT_COLUMN.matcher(column);
            if (m.matches()) {
                slotColumns.add(column);
                slots.add(QuizSlot.of(Integer.parseInt(m.group(1)), MAX_MARK));
            }
        }
        attempts = new ArrayList<>();
        for (Map<String, String> row : results) {
            List<@Nullable Double> marks = new ArrayList<>();
            for (String column : slotColumns) {
                marks.add(Double.parseDouble(row.get(column)));
            }
            // One attempt per student, as in Moodle's walkthrough (statistics over all attempts).
            attempts.add(new Attempt("student" + row.get("quizattempt"), 1, Instant.EPOCH,
                    Instant.EPOCH.plusSeconds(600), marks));
        }
        report = QuizStatisticsCalculator.calculate(slots, attempts, WhichAttempts.ALL);
    }

    @Test
    void readsTheWholeFixture() {
        assertThat(slots).hasSize(7);
        assertThat(attempts).hasSize(25);
        assertThat(report.quiz().attemptCount()).isEqualTo(25);
        assertThat(report.questions()).extracting(QuestionStatistics::slot).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    /** The summarks column (rounded to 5 decimals in the file) is the sum of our slot marks. */
    @Test
    void totalsMatchSummarksColumn() {
        for (int i = 0; i < results.size(); i++) {
            double expected = Double.parseDouble(results.get(i).get("summarks"));
            assertThat(attempts.get(i).totalMark()).as("attempt %d", i + 1).isCloseTo(expected, within(1e-5));
        }
    }

    @TestFactory
    Stream<DynamicTest> itemStatisticsMatchQstats00ToFourDecimals() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : readCsv("qstats00.csv")) {
            int slot = Integer.parseInt(row.get("slot"));
            QuestionStatistics actual = report.questions().stream()
                    .filter(q -> q.slot() == slot).findFirst().orElseThrow();
            for (Map.Entry<String, String> cell : row.entrySet()) {
                String column = cell.getKey();
                if (column.equals("slot")) {
                    continue;
                }
                double expected = Double.parseDouble(cell.getValue());
                tests.add(DynamicTest.dynamicTest("slot " + slot + " " + column, () -> {
                    Function<QuestionStatistics, @Nullable Double> reader = ITEM_COLUMNS.get(column);
                    if (reader == null) {
                        fail("qstats00.csv has a column we do not compute: " + column);
                    }
                    Double value = reader.apply(actual);
                    assertThat(value).as("slot %d %s", slot, column).isNotNull();
                    assertThat(value).as("slot %d %s", slot, column).isCloseTo(expected, within(FOUR_DP));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Moodle's own test is stricter: relative error 1e-5 for covariance, discrimination index, discriminative
     * efficiency and effective weight, 1e-6 for the other columns.
     */
    @TestFactory
    Stream<DynamicTest> itemStatisticsMatchQstats00ToMoodlesRelativeTolerance() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : readCsv("qstats00.csv")) {
            int slot = Integer.parseInt(row.get("slot"));
            QuestionStatistics actual = report.questions().stream()
                    .filter(q -> q.slot() == slot).findFirst().orElseThrow();
            for (Map.Entry<String, String> cell : row.entrySet()) {
                String column = cell.getKey();
                if (column.equals("slot")) {
                    continue;
                }
                double expected = Double.parseDouble(cell.getValue());
                double relative = switch (column) {
                    case "covariance", "discriminationindex", "discriminativeefficiency", "effectiveweight" -> 1e-5;
                    default -> 1e-6;
                };
                tests.add(DynamicTest.dynamicTest("slot " + slot + " " + column, () -> {
                    Double value = ITEM_COLUMNS.get(column).apply(actual);
                    assertThat(value).as("slot %d %s", slot, column)
                            .isCloseTo(expected, within(Math.abs(expected) * relative));
                }));
            }
        }
        return tests.stream();
    }

    /** Moodle's walkthrough compares these with relative error 1.5e-5; 4 decimals is the stricter test here. */
    @TestFactory
    Stream<DynamicTest> quizStatisticsMatchMoodleWalkthrough() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : readCsv("quizstats00.csv")) {
            String stat = row.get("stat");
            double expected = Double.parseDouble(row.get("value"));
            tests.add(DynamicTest.dynamicTest(stat, () -> {
                Function<QuizStatistics, @Nullable Double> reader = QUIZ_STATS.get(stat);
                if (reader == null) {
                    fail("quizstats00.csv has a statistic we do not compute: " + stat);
                }
                Double value = reader.apply(report.quiz());
                assertThat(value).as(stat).isNotNull();
                assertThat(value).as(stat).isCloseTo(expected, within(FOUR_DP));
                assertThat(value).as(stat).isCloseTo(expected, within(Math.abs(expected) * 1.5e-5));
            }));
        }
        return tests.stream();
    }

    private static @Nullable Double marks(@Nullable Score score) {
        return score == null ? null : score.marks();
    }

    private static List<Map<String, String>> readCsv(String name) throws IOException {
        try (InputStream in = MoodleFixtureTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + DIR + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
            String[] header = lines.getFirst().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IOException(name + ": expected " + header.length + " cells in: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), cells[i].trim());
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
