package com.quizdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class FsrsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISHED_RATINGS = "good,good,good,good,good,good,again,again,good,good,good,good,good";

    private record Run(int exitCode, String out, String err) {

        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<JsonNode> json() {
            return lines().stream().map(JSON::readTree).toList();
        }
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code;
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = FsrsCli.run(args, outStream, errStream);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private static <T> List<T> field(List<JsonNode> lines, java.util.function.Function<JsonNode, T> get) {
        List<T> values = new ArrayList<>();
        for (JsonNode line : lines) {
            values.add(get.apply(line));
        }
        return values;
    }

    @Test
    void published_vector_prints_py_fsrs_intervals_one_json_line_per_review() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", PUBLISHED_RATINGS, "--no-fuzz");

        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        List<JsonNode> lines = run.json();
        assertEquals(13, lines.size());
        // 10-minute steps are 600 / 86400 = 0.0069444 days; py-fsrs's whole-day list is [0, 2, 11, 46, ...]
        assertEquals(List.of(0.006944, 2.0, 11.0, 46.0, 163.0, 498.0, 0.006944, 0.006944, 2.0, 4.0, 7.0, 12.0, 21.0),
                field(lines, n -> n.get("interval_days").doubleValue()));
        assertEquals(List.of("learning", "review", "review", "review", "review", "review", "relearning",
                "relearning", "review", "review", "review", "review", "review"),
                field(lines, n -> n.get("state").stringValue()));
        assertEquals(List.of("good", "good", "good", "good", "good", "good", "again", "again", "good", "good", "good",
                "good", "good"), field(lines, n -> n.get("rating").stringValue()));
        List<String> steps = field(lines, n -> n.get("step").isNull() ? "null" : String.valueOf(n.get("step").intValue()));
        assertEquals(List.of("1", "null", "null", "null", "null", "null", "0", "0", "null", "null", "null", "null",
                "null"), steps);
    }

    @Test
    void each_line_has_the_documented_fields_in_order() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "good,good", "--no-fuzz");

        for (JsonNode line : run.json()) {
            assertEquals(List.of("rating", "state", "step", "stability", "difficulty", "retrievability", "due",
                    "interval_days"), List.copyOf(line.propertyNames()));
        }
    }

    @Test
    void first_review_of_a_new_card_has_no_retrievability_and_whole_day_intervals_print_as_integers() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "good,good", "--no-fuzz");
        List<JsonNode> lines = run.json();

        JsonNode first = lines.get(0);
        assertTrue(first.get("retrievability").isNull());
        assertEquals(2.3065, first.get("stability").doubleValue());
        // D0(Good) = 6.4133 - e^(0.8334 * 2) + 1
        assertEquals(2.118103970459016, first.get("difficulty").doubleValue(), 1e-9);
        assertEquals("2022-11-29T12:40:00Z", first.get("due").stringValue());
        assertTrue(run.lines().get(0).endsWith("\"interval_days\":0.006944}"), run.lines().get(0));

        JsonNode second = lines.get(1);
        // reviewed ten minutes after the first review: zero whole days elapsed
        assertEquals(1.0, second.get("retrievability").doubleValue());
        assertEquals("2022-12-01T12:40:00Z", second.get("due").stringValue());
        assertTrue(run.lines().get(1).endsWith("\"interval_days\":2}"), run.lines().get(1));
        assertTrue(run.lines().get(1).contains("\"step\":null,"), run.lines().get(1));
    }

    @Test
    void hard_on_a_new_card_prints_five_and_a_half_minutes_in_days() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "hard", "--no-fuzz");

        // 330 / 86400 = 0.00381944 days
        assertTrue(run.out().contains("\"interval_days\":0.003819}"), run.out());
        assertTrue(run.out().contains("\"due\":\"2022-11-29T12:35:30Z\""), run.out());
    }

    @Test
    void ratings_may_be_given_as_numbers_or_in_any_case() {
        Run words = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "good,good,again", "--no-fuzz");
        Run numbers = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "3,3,1", "--no-fuzz");
        Run mixed = run("simulate", "--start=2022-11-29T12:30:00Z", "--ratings=Good, GOOD ,1", "--no-fuzz");

        assertEquals(words.out(), numbers.out());
        assertEquals(words.out(), mixed.out());
    }

    @Test
    void late_days_delay_each_later_review_past_its_due_time() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "easy,good", "--late-days", "1",
                "--no-fuzz");
        List<JsonNode> lines = run.json();

        // Easy: due in round(8.2956) = 8 days; reviewed a day late, 9 days after:
        // R = (1 + 0.98034649 * 9 / 8.2956)^-0.1542 = 0.89430378
        assertEquals("2022-12-07T12:30:00Z", lines.get(0).get("due").stringValue());
        assertEquals(0.8943037762457955, lines.get(1).get("retrievability").doubleValue(), 1e-9);
    }

    @Test
    void fractional_late_days_are_accepted() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "good,good", "--late-days", "0.5",
                "--no-fuzz");

        // second review at 12:40 + 12 h = 2022-11-30T00:40Z, still the same day: S = 2.3065, 2 days
        assertEquals("2022-12-02T00:40:00Z", run.json().get(1).get("due").stringValue());
    }

    @Test
    void a_lower_retention_lengthens_the_interval() {
        Run run = run("simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "easy", "--retention", "0.8",
                "--no-fuzz");

        // 8.2956 / 0.98034649 * (0.8^(1/-0.1542) - 1) = 27.5079 -> 28
        assertEquals(28.0, run.json().get(0).get("interval_days").doubleValue());
    }

    @Test
    void fuzzed_runs_repeat_with_the_same_seed() {
        String[] args = {"simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", PUBLISHED_RATINGS, "--seed", "42"};

        Run first = run(args);
        Run second = run(args);

        assertEquals(0, first.exitCode());
        assertEquals(13, first.lines().size());
        assertEquals(first.out(), second.out());
    }

    @Test
    void help_prints_usage_and_exits_0() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"simulate", "--help"},
                new String[] {"simulate", "--start", "x", "-h"})) {
            Run run = run(args);

            assertEquals(0, run.exitCode());
            assertTrue(run.out().startsWith("Usage: fsrs simulate"), run.out());
            assertEquals("", run.err());
        }
    }

    static Stream<Arguments> badArguments() {
        String start = "2022-11-29T12:30:00Z";
        return Stream.of(
                Arguments.of(new String[] {}, "missing command"),
                Arguments.of(new String[] {"simulat"}, "'simulat'"),
                Arguments.of(new String[] {"simulate", "--ratings", "good"}, "--start"),
                Arguments.of(new String[] {"simulate", "--start", start}, "--ratings"),
                Arguments.of(new String[] {"simulate", "--start", "yesterday", "--ratings", "good"}, "--start"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good,gud"}, "'gud'"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", ""}, "--ratings"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "5"}, "'5'"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--retention", "1.5"},
                        "--retention"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--retention", "abc"},
                        "--retention"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--late-days", "-1"},
                        "--late-days"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--late-days", "soon"},
                        "--late-days"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--seed", "x"}, "--seed"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--bogus"}, "--bogus"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "extra"}, "'extra'"),
                Arguments.of(new String[] {"simulate", "--ratings", "good", "--start"}, "--start needs a value"),
                Arguments.of(new String[] {"simulate", "--start", start, "--start", start, "--ratings", "good"},
                        "--start"),
                Arguments.of(new String[] {"simulate", "--start", start, "--ratings", "good", "--no-fuzz=yes"},
                        "--no-fuzz"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void bad_arguments_print_one_line_naming_the_argument_and_exit_2(String[] args, String named) {
        Run run = run(args);

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(named), () -> "'" + run.err().strip() + "' should name " + named);
    }
}
