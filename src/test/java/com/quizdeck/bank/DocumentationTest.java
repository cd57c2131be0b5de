package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.QuestionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/** question-banks/README.md and schema/deck.schema.json say what the readers do. */
class DocumentationTest {

    private static final Path README = Path.of("question-banks/README.md");
    private static final Path SCHEMA = Path.of("question-banks/schema/deck.schema.json");

    private static List<String> blocks(String language) throws IOException {
        var text = Files.readString(README, StandardCharsets.UTF_8);
        var matcher = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        var blocks = new ArrayList<String>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static MiniJsonSchema schema() throws IOException {
        return new MiniJsonSchema(JsonMapper.shared().readValue(Files.readString(SCHEMA), Map.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaJson() throws IOException {
        return JsonMapper.shared().readValue(Files.readString(SCHEMA), Map.class);
    }

    private static Object yamlData(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @Test
    void readme_full_example_is_the_tested_all_types_deck() throws IOException {
        assertThat(blocks("yaml")).first().isEqualTo(Fixtures.text(Fixtures.ALL_TYPES));
    }

    @Test
    void readme_yaml_examples_are_valid_decks() throws IOException {
        for (var block : blocks("yaml")) {
            var result = BankReader.readText("README.deck.yaml", block, BankFormat.NATIVE);
            assertThat(result.problems()).isEmpty();
        }
    }

    @Test
    void readme_full_example_shows_every_type() throws IOException {
        var result = BankReader.readText("README.deck.yaml", blocks("yaml").getFirst(), BankFormat.NATIVE);
        assertThat(result.decks().getFirst().questions()).extracting(q -> q.type())
                .containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void readme_gift_aiken_and_csv_examples_read_without_problems() throws IOException {
        assertThat(blocks("gift")).singleElement().satisfies(gift ->
                assertThat(BankReader.readText("README.gift", gift, BankFormat.GIFT).questionCount()).isEqualTo(3));
        assertThat(blocks("aiken")).singleElement().satisfies(aiken ->
                assertThat(BankReader.readText("README.txt", aiken, null).questionCount()).isEqualTo(1));
        assertThat(blocks("csv")).singleElement().satisfies(csv ->
                assertThat(BankReader.readText("README.csv", csv, null).questionCount()).isEqualTo(2));
    }

    @Test
    void schema_is_draft_2020_12() throws IOException {
        assertThat(schemaJson()).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void all_types_example_matches_the_schema() throws IOException {
        assertThat(schema().validate(yamlData(Fixtures.text(Fixtures.ALL_TYPES)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QUESTIONS, Fixtures.IN_CATEGORY, Fixtures.EXAMPLES})
    void native_export_of_moodle_fixtures_matches_the_schema(String fixture) throws IOException {
        var deck = Fixtures.read(fixture).decks().getFirst();
        assertThat(schema().validate(yamlData(BankWriter.toNative(deck)))).isEmpty();
    }

    @Test
    void schema_rejects_what_the_reader_rejects() throws IOException {
        var schema = schema();
        var head = "format: quizdeck/1\ndeck: {id: d, title: D}\nquestions:\n";
        var invalid = List.of(
                head + "  - {id: a, type: open, prompt: P, explenation: typo}\n",
                head + "  - {id: a, type: flashcard, prompt: P, front: F, back: B}\n",
                head + "  - {id: a, type: single_choice, prompt: P}\n",
                head + "  - {id: a, type: numeric, prompt: P, answers: [{value: 1, min: 0, max: 2}]}\n",
                head + "  - {id: a, type: true_false, prompt: P, answer: \"true\"}\n",
                head + "  - {id: a, type: essay, prompt: P}\n",
                head + "  - {id: a, type: cloze, text: 'x {1}', blanks: [{kind: text, options: []}]}\n",
                "format: quizdeck/2\ndeck: {id: d, title: D}\nquestions: [{id: a, type: open, prompt: P}]\n",
                "format: quizdeck/1\ndeck: {id: My Deck, title: D}\nquestions: [{id: a, type: open, prompt: P}]\n");
        for (var text : invalid) {
            assertThat(schema.validate(yamlData(text))).as(text).isNotEmpty();
            assertThat(BankReader.readText("x.deck.yaml", text, BankFormat.NATIVE).problems()).as(text).isNotEmpty();
        }
    }

    /** The schema and the reader allow exactly the same fields for each type. */
    @Test
    @SuppressWarnings("unchecked")
    void schema_lists_the_fields_the_reader_accepts() throws IOException {
        var defs = (Map<String, Object>) schemaJson().get("$defs");
        var common = ((Map<String, Object>) ((Map<String, Object>) defs.get("question")).get("properties")).keySet();
        for (var type : QuestionType.values()) {
            var fields = new HashSet<>(common);
            fields.addAll(((Map<String, Object>) ((Map<String, Object>) defs.get(type.wireName())).get("properties")).keySet());
            var expected = new HashSet<>(NativeDeckReader.COMMON_FIELDS);
            expected.addAll(NativeDeckReader.TYPE_FIELDS.get(type));
            if (type == QuestionType.FLASHCARD) {
                expected.remove("prompt");
            }
            assertThat(fields).as(type.wireName()).isEqualTo(expected);
        }
    }
}
