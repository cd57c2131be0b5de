package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.Deck;
import com.quizdeck.content.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BankWriterTest {

    private static Deck allTypes() {
        return Fixtures.read(Fixtures.ALL_TYPES).decks().getFirst();
    }

    @Test
    void native_round_trip_keeps_every_field() {
        var deck = allTypes();
        var again = BankReader.readText("again.deck.yaml", BankWriter.toNative(deck), null);
        assertThat(again.problems()).isEmpty();
        assertThat(again.decks()).containsExactly(deck);
    }

    @Test
    void native_writer_uses_literal_blocks_for_multi_line_texts() {
        assertThat(BankWriter.toNative(allTypes())).contains("back: |-\n      The mean distance from the Earth to the Sun,\n");
    }

    @Test
    void gift_export_skips_what_gift_cannot_express_by_id() {
        var export = BankWriter.toGift(List.of(allTypes()));
        assertThat(export.skipped()).extracting(SkippedQuestion::toString).containsExactly(
                "example-all-types/planet-order (ordering): GIFT has no ordering questions",
                "example-all-types/inner-planets (cloze): GIFT holds one blank per question; this cloze has 3",
                "example-all-types/astronomical-unit (flashcard): GIFT has no flashcards");
    }

    @Test
    void native_to_gift_to_native_keeps_gift_expressible_fields() {
        var deck = allTypes();
        var export = BankWriter.toGift(List.of(deck));
        var back = BankReader.readText("example-all-types.gift", export.content(), null);
        assertThat(back.problems()).isEmpty();
        var reimported = back.decks().getFirst().questions();
        var expressible = deck.questions().stream()
                .filter(q -> export.skipped().stream().noneMatch(s -> s.questionId().equals(q.id())))
                .toList();
        assertThat(reimported).hasSameSizeAs(expressible);
        for (int i = 0; i < expressible.size(); i++) {
            var original = expressible.get(i);
            // What GIFT has no place for: tags, source, shuffle, short-answer flags, open guidance;
            // the explanation travels as general feedback.
            var expected = GiftExpressible.of(original);
            assertThat(GiftExpressible.of(reimported.get(i))).as(original.id()).isEqualTo(expected);
        }
    }

    @Test
    void csv_export_quotes_per_rfc_4180() {
        var csv = BankWriter.toCsv(List.of(allTypes()));
        assertThat(csv).startsWith("front,back\r\n");
        assertThat(csv).contains("Astronomical unit (AU),\"The mean distance from the Earth to the Sun,\nabout 150 million km.\"\r\n");
        var back = BankReader.readText("x.csv", csv, BankFormat.CSV);
        assertThat(back.problems()).isEmpty();
        assertThat(back.questionCount()).isEqualTo(allTypes().questions().size());
    }

    @Test
    void json_export_is_an_array_of_decks_with_prompt_and_source() throws Exception {
        var json = BankWriter.toJson(List.of(allTypes()));
        var tree = JsonMapper.shared().readTree(json);
        assertThat(tree.isArray()).isTrue();
        var deck = tree.get(0);
        assertThat(deck.get("title").asString()).isEqualTo("Every question type");
        var questions = deck.get("questions");
        assertThat(questions.size()).isEqualTo(QuestionType.values().length);
        for (var question : questions) {
            assertThat(question.has("id")).isTrue();
            assertThat(QuestionType.fromWireName(question.get("type").asString())).isPresent();
            assertThat(question.get("prompt").asString()).isNotBlank();
        }
        assertThat(questions.get(0).get("source").asString()).startsWith("Jupiter is more than twice");
        assertThat(json).contains("\"tolerance\" : 5");
    }
}
