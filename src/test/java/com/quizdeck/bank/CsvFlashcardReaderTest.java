package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFlashcardReaderTest {

    private static List<String> cards(BankReadResult result) {
        assertThat(result.problems()).isEmpty();
        return result.decks().getFirst().questions().stream()
                .map(q -> ((FlashcardQuestion) q).front() + " => " + ((FlashcardQuestion) q).back())
                .toList();
    }

    private static BankReadResult read(String name, String text) {
        return BankReader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quizlet_tab_export_is_read() {
        assertThat(cards(read("set.txt.tsv", "mitochondria\tthe powerhouse, of the cell\nribosome\tmakes proteins\n")))
                .containsExactly("mitochondria => the powerhouse, of the cell", "ribosome => makes proteins");
    }

    @Test
    void comma_separated_with_quotes_embedded_commas_and_newlines() {
        var csv = "term,definition\r\n\"Treaty, 1961\",\"Mutual defence;\r\nabrogated later\"\r\nDPRK,\"the \"\"North\"\"\"\r\n";
        assertThat(cards(read("set.csv", csv))).containsExactly(
                "Treaty, 1961 => Mutual defence;\nabrogated later",
                "DPRK => the \"North\"");
    }

    @Test
    void separator_is_detected_tab_before_comma() {
        assertThat(cards(read("set.csv", "front\tback\na, b\tc, d\n"))).containsExactly("a, b => c, d");
    }

    @Test
    void semicolon_can_be_chosen() {
        var result = BankReader.readFlashcards("set.csv", "a;b, c\nd;e\n".getBytes(StandardCharsets.UTF_8), ';');
        assertThat(cards(result)).containsExactly("a => b, c", "d => e");
    }

    @Test
    void anki_header_lines_are_honoured() {
        var anki = "#separator:tab\n#html:true\n<b>front</b>\tback\ttag1 tag2\n";
        var result = read("anki.txt.csv", anki);
        assertThat(cards(result)).containsExactly("<b>front</b> => back");
        assertThat(result.decks().getFirst().questions().getFirst().format()).isEqualTo(TextFormat.HTML);
    }

    @Test
    void a_line_without_separator_is_reported() {
        var result = read("set.tsv", "a\tb\nlonely line\n");
        assertThat(result.problems()).extracting(BankProblem::toString)
                .containsExactly("set.tsv:2:1: a card needs a front and a back separated by a tab; this line has only one field");
    }

    @Test
    void unclosed_quote_is_reported_where_it_opens() {
        var result = read("set.csv", "a,b\nc,\"never closed\nd,e\n");
        assertThat(result.problems()).extracting(BankProblem::toString)
                .containsExactly("set.csv:2:3: this quoted field is never closed with '\"'");
    }

    @Test
    void card_ids_come_from_the_front() {
        var result = read("set.csv", "Pyóngyang,capital\nPyóngyang,city\n");
        assertThat(result.decks().getFirst().questions()).extracting(q -> q.id()).containsExactly("pyongyang", "pyongyang-2");
        assertThat(result.decks().getFirst().id()).isEqualTo("set");
    }
}
