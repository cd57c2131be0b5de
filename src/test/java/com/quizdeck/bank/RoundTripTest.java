package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.Deck;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Converting keeps what both formats can say. Over Moodle's fixtures: GIFT to the model to GIFT
 * gives the same questions, and the native format holds everything the model does.
 */
class RoundTripTest {

    private static List<Deck> read(String name, String text) {
        var result = BankReader.readText(name, text, null);
        assertThat(result.problems()).as(text).isEmpty();
        return result.decks();
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QUESTIONS, Fixtures.IN_CATEGORY, Fixtures.EXAMPLES})
    void gift_to_gift_keeps_every_question(String fixture) {
        var original = Fixtures.read(fixture).decks();
        var exported = BankWriter.toGift(original);
        assertThat(exported.skipped()).isEmpty();
        assertThat(exported.warnings()).isEmpty();
        assertThat(read(fixture, exported.content())).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QUESTIONS, Fixtures.IN_CATEGORY, Fixtures.EXAMPLES})
    void native_keeps_every_field_of_an_imported_gift_file(String fixture) {
        var original = Fixtures.read(fixture).decks();
        for (var deck : original) {
            assertThat(read("x.deck.yaml", BankWriter.toNative(deck))).containsExactly(deck);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QUESTIONS, Fixtures.IN_CATEGORY, Fixtures.EXAMPLES})
    void gift_native_gift_native_is_stable(String fixture) {
        var first = Fixtures.read(fixture).decks();
        var native1 = read("a.deck.yaml", BankWriter.toNative(first.getFirst()));
        var gift = read(fixture, BankWriter.toGift(native1).content());
        var native2 = read("b.deck.yaml", BankWriter.toNative(gift.getFirst()));
        assertThat(native2).isEqualTo(native1);
    }
}
