package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files meant to crash, hang or exhaust the reader are refused with a message, never an exception. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final String HEAD = "format: quizdeck/1\ndeck: {id: d, title: D}\nquestions:\n";

    private static BankProblem onlyProblem(String name, byte[] bytes) {
        var result = BankReader.read(name, bytes);
        assertThat(result.decks()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        var problem = result.problems().getFirst();
        assertThat(problem.message()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void alias_bomb_is_refused() {
        var bomb = new StringBuilder(HEAD).append("  - id: a\n    type: ordering\n    prompt: P\n");
        bomb.append("    lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("    lol").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            bomb.append("]\n");
        }
        bomb.append("    items: *l9\n");
        var problem = onlyProblem("bomb.deck.yaml", utf8(bomb.toString()));
        assertThat(problem.toString()).isEqualTo(
                "bomb.deck.yaml:13:41: too many aliases: more than 50 references (*name) to lists or mappings");
    }

    @Test
    void sixty_levels_of_nesting_are_refused() {
        var deep = HEAD + "  - id: a\n    type: open\n    prompt: " + "[".repeat(60) + "]".repeat(60) + "\n";
        var problem = onlyProblem("deep.deck.yaml", utf8(deep));
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).isEqualTo("the YAML nests deeper than 20 levels; a deck needs about 6,"
                + " so this is not a deck file");
    }

    @Test
    void deep_block_nesting_is_refused_too() {
        var deep = new StringBuilder(HEAD);
        for (int i = 0; i < 60; i++) {
            deep.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        assertThat(onlyProblem("deep.deck.yaml", utf8(deep.toString())).message()).startsWith("the YAML nests deeper than 20");
    }

    @Test
    void six_megabyte_file_is_refused() {
        var big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(onlyProblem("big.gift", big).toString())
                .isEqualTo("big.gift:1:1: the file is larger than 5 MB; split it into several banks");
    }

    @Test
    void six_megabyte_file_on_disk_is_refused_without_reading_it_all(@TempDir Path dir) throws IOException {
        var file = dir.resolve("big.deck.yaml");
        Files.write(file, new byte[6 * 1024 * 1024]);
        var result = BankReader.read(file);
        assertThat(result.problems()).extracting(BankProblem::message)
                .containsExactly("the file is larger than 5 MB; split it into several banks");
    }

    @Test
    void nul_bytes_are_refused_as_binary_data() {
        var problem = onlyProblem("junk.gift", utf8("Who?{=me ~you}\n\nab\u0000cd{T}\n"));
        assertThat(problem.toString()).isEqualTo(
                "junk.gift:3:3: the file contains binary data (byte 0x00); a bank must be a UTF-8 text file");
    }

    @Test
    void random_binary_junk_is_refused() {
        var junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        assertThat(onlyProblem("junk.deck.yaml", junk).message()).startsWith("the file contains binary data");
    }

    @Test
    void latin1_bytes_are_refused_with_their_line() {
        var latin1 = (HEAD + "  - {id: a, type: open, prompt: \"Caf\u00e9?\"}\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(onlyProblem("latin1.deck.yaml", latin1).toString()).isEqualTo("latin1.deck.yaml:4:37:"
                + " the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 (it may be Latin-1 or Windows-1252)");
    }

    @Test
    void utf16_is_refused() {
        var utf16 = "\uFEFFWho?{T}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(onlyProblem("utf16.gift", utf16).message()).isEqualTo("the file is UTF-16 (little-endian); save it as UTF-8");
    }

    @Test
    void utf8_byte_order_mark_is_accepted() {
        var result = BankReader.read("bom.deck.yaml", utf8("\uFEFF" + HEAD + "  - {id: a, type: open, prompt: P}\n"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_flood_of_braces_in_gift_is_one_clear_problem() {
        var flood = "{".repeat(1_000_000);
        assertThat(onlyProblem("flood.gift", utf8(flood)).toString()).startsWith("flood.gift:1:1: '{' opens an answer block that is never closed");
    }

    @Test
    void thousands_of_errors_are_capped() {
        var text = "Q {#x}\n\n".repeat(5000);
        var result = BankReader.read("many.gift", utf8(text));
        assertThat(result.problems()).hasSize(Problems.MAX + 1);
        assertThat(result.problems().getLast().message()).isEqualTo("too many problems; only the first 200 are shown");
    }

    @Test
    void recursive_alias_is_refused_without_hanging() {
        var text = HEAD + "  - &q\n    id: a\n    type: open\n    prompt: P\n    tags: *q\n";
        var result = BankReader.read("rec.deck.yaml", utf8(text));
        assertThat(result.decks()).isEmpty();
        assertThat(result.problems()).isNotEmpty();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Exception"));
    }

    @Test
    void five_megabytes_of_tiny_gift_questions_are_refused_quickly() {
        var tiny = "Q{T}\n\n".repeat((BankText.MAX_BYTES - 10) / 6);
        assertThat(onlyProblem("tiny.gift", utf8(tiny)).toString())
                .isEqualTo("tiny.gift:20001:1: more than 10000 questions in one file; split the bank into several files");
    }

    @Test
    void more_than_ten_thousand_yaml_questions_are_refused() {
        var many = new StringBuilder(HEAD);
        for (int i = 0; i <= BankLimits.MAX_QUESTIONS; i++) {
            many.append("  - {id: q").append(i).append(", type: open, prompt: P}\n");
        }
        assertThat(onlyProblem("many.deck.yaml", utf8(many.toString())).toString())
                .isEqualTo("many.deck.yaml:10004:5: more than 10000 questions in one file; split the bank into several files");
    }

    @Test
    void half_a_million_yaml_values_are_refused_before_building_a_tree() {
        var values = new StringBuilder(HEAD).append("  - {id: a, type: open, prompt: P, tags: [");
        values.append("t,".repeat(600_000)).append("t]}\n");
        assertThat(onlyProblem("values.deck.yaml", utf8(values.toString())).message())
                .isEqualTo("more than 500000 values in one file; split the bank into several files");
    }

    @Test
    void ten_thousand_and_one_csv_cards_are_refused() {
        var cards = "front,back\n" + "a,b\n".repeat(BankLimits.MAX_QUESTIONS + 1);
        assertThat(onlyProblem("cards.csv", utf8(cards)).message()).isEqualTo(BankLimits.TOO_MANY_QUESTIONS);
    }
}
