package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import com.quizdeck.content.TextFormat;
import java.util.List;

/**
 * Writes every question as a front,back card (RFC 4180: comma separated, CRLF line ends, fields
 * quoted when needed). Any question can be studied as a flashcard, so nothing is skipped. Texts
 * become plain text, which is what Quizlet and Anki import without surprises.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static ExportResult write(List<Deck> decks) {
        var out = new StringBuilder("front,back\r\n");
        for (var deck : decks) {
            for (var question : deck.questions()) {
                var face = question.flashcardFace();
                out.append(field(TextFormat.PLAIN.convertFrom(face.format(), face.front()))).append(',')
                        .append(field(TextFormat.PLAIN.convertFrom(face.format(), face.back()))).append("\r\n");
            }
        }
        return ExportResult.complete(out.toString());
    }

    static String field(String text) {
        var value = text == null ? "" : text;
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.strip());
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
