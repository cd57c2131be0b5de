package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, run in-process on copies of Moodle's fixtures. */
class BankCliTest {

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run bank(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = BankCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path copy(String fixture) throws IOException {
        var target = dir.resolve(Path.of(fixture).getFileName().toString());
        Files.copy(Fixtures.path(fixture), target);
        return target;
    }

    private Path write(String name, String content) throws IOException {
        var file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void validate_reports_the_question_count_of_each_moodle_fixture() throws IOException {
        var questions = copy(Fixtures.QUESTIONS);
        var inCategory = copy(Fixtures.IN_CATEGORY);
        var examples = copy(Fixtures.EXAMPLES);
        var run = bank("validate", questions.toString(), inCategory.toString(), examples.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly(
                questions + ": OK, 9 questions",
                inCategory + ": OK, 4 questions",
                examples + ": OK, 43 questions");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validate_a_folder_finds_bank_files_recursively_but_not_schema_or_readme() throws IOException {
        copy(Fixtures.QUESTIONS);
        write("sub/cards.csv", "a,b\n");
        write("schema/broken.gift", "{");
        write("README.txt", "not a bank {");
        write("notes.md", "not a bank {");
        var run = bank("validate", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly(
                dir.resolve("questions.gift.txt") + ": OK, 9 questions",
                dir.resolve("sub/cards.csv") + ": OK, 1 question");
    }

    @Test
    void malformed_bank_exits_non_zero_and_names_line_12() throws IOException {
        var lines = new StringBuilder();
        for (int i = 1; i <= 10; i += 2) {
            lines.append("Question ").append(i).append("?{T}\n\n");
        }
        lines.append("\nWhat is the capital of France? {=Paris ~Rome\n");
        var bad = write("bad.gift", lines.toString());
        var run = bank("validate", bad.toString());
        assertThat(run.exit()).isEqualTo(BankCli.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ":12:32: '{' opens an answer block that is never closed");
    }

    @Test
    void exit_is_non_zero_when_any_file_is_invalid_and_valid_files_are_still_listed() throws IOException {
        var good = copy(Fixtures.QUESTIONS);
        var bad = write("bad.gift", "Q{#abc}\n");
        var run = bank("validate", good.toString(), bad.toString());
        assertThat(run.exit()).isEqualTo(BankCli.INVALID);
        assertThat(run.outLines()).containsExactly(good + ": OK, 9 questions");
        assertThat(run.err()).contains(bad + ":1:4: 'abc' is not a number");
    }

    @Test
    void missing_file_is_invalid() {
        var run = bank("validate", dir.resolve("nope.gift").toString());
        assertThat(run.exit()).isEqualTo(BankCli.INVALID);
        assertThat(run.err()).contains("no such file or folder");
    }

    @Test
    void duplicate_deck_ids_across_native_files_are_reported() throws IOException {
        var deck = "format: quizdeck/1\ndeck:\n  id: same\n  title: Same\nquestions:\n"
                + "  - id: q1\n    type: true_false\n    prompt: A?\n    answer: true\n";
        var a = write("a/one.deck.yaml", deck);
        write("b/two.deck.yaml", deck);
        var run = bank("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(BankCli.INVALID);
        assertThat(run.err()).contains("deck id 'same' is already used by " + a);
    }

    @Test
    void a_gift_export_beside_its_native_deck_is_not_a_clash() throws IOException {
        var deck = "format: quizdeck/1\ndeck:\n  id: same\n  title: Same\nquestions:\n"
                + "  - id: q1\n    type: true_false\n    prompt: A?\n    answer: true\n";
        var nativeFile = write("same.deck.yaml", deck);
        var gift = write("same.gift.txt", "$CATEGORY: same\n\nA?{T}\n");
        var run = bank("validate", nativeFile.toString(), gift.toString());
        assertThat(run.exit()).isEqualTo(BankCli.OK);
        assertThat(run.out()).contains(gift + ": OK, 1 question");
    }

    @ParameterizedTest
    @CsvSource({
        Fixtures.QUESTIONS + ", 9",
        Fixtures.IN_CATEGORY + ", 4",
        Fixtures.EXAMPLES + ", 43"})
    void convert_to_native_and_back_to_gift_keeps_counts_and_answers(String fixture, int count) throws IOException {
        var original = copy(fixture);
        var toNative = bank("convert", "--to", "native", original.toString());
        assertThat(toNative.exit()).isZero();
        var nativeFile = write("converted.deck.yaml", toNative.out());
        var toGift = bank("convert", "--to", "gift", nativeFile.toString());
        assertThat(toGift.exit()).isZero();
        assertThat(toGift.err()).isEmpty();
        var giftFile = write("again.gift", toGift.out());

        var validate = bank("validate", giftFile.toString());
        assertThat(validate.exit()).isZero();
        assertThat(validate.outLines()).containsExactly(giftFile + ": OK, " + count + " questions");
        assertThat(questions(giftFile)).isEqualTo(questions(original));
    }

    private static List<Question> questions(Path file) {
        return BankReader.read(file).decks().stream().flatMap(d -> d.questions().stream()).toList();
    }

    @Test
    void convert_to_json_gives_an_array_of_decks() throws IOException {
        var run = bank("convert", "--to=json", copy(Fixtures.IN_CATEGORY).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("[ {\n  \"id\" : \"default-for-new-features\",\n  \"title\" : \"Default for New Features\"");
    }

    @Test
    void convert_to_csv_writes_front_and_back() throws IOException {
        var run = bank("convert", "--to", "csv", copy(Fixtures.QUESTIONS).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("front,back\r\nHow are you?,\r\n");
    }

    @Test
    void convert_reports_skipped_questions_by_id_on_standard_error() {
        var run = bank("convert", "--to", "gift", Fixtures.path(Fixtures.ALL_TYPES).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err().lines()).containsExactly(
                "skipped example-all-types/planet-order (ordering): GIFT has no ordering questions",
                "skipped example-all-types/inner-planets (cloze): GIFT holds one blank per question; this cloze has 3",
                "skipped example-all-types/astronomical-unit (flashcard): GIFT has no flashcards");
    }

    @Test
    void convert_of_a_broken_file_prints_problems_and_fails() throws IOException {
        var bad = write("bad.gift", "Q{=a\n");
        var run = bank("convert", "--to", "json", bad.toString());
        assertThat(run.exit()).isEqualTo(BankCli.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ":1:2:");
    }

    @Test
    void usage_errors_exit_with_2() {
        assertThat(bank().exit()).isEqualTo(BankCli.USAGE);
        assertThat(bank("frobnicate").exit()).isEqualTo(BankCli.USAGE);
        assertThat(bank("convert", "--to", "pdf", "x.gift").exit()).isEqualTo(BankCli.USAGE);
        assertThat(bank("validate").exit()).isEqualTo(BankCli.USAGE);
    }
}
