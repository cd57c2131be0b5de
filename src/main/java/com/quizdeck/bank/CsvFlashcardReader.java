package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.IdAllocator;
import com.quizdeck.content.Ids;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.TextFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads term–definition flashcards as Quizlet and Anki export them: one card per record, front
 * and back separated by a tab, comma or semicolon. An optional header line ({@code term,definition},
 * {@code front,back}...) is skipped; Anki's {@code #separator:} and {@code #html:} header lines are
 * honoured. Extra columns (Anki's tags, note ids) are ignored.
 */
final class CsvFlashcardReader {

    private static final Set<List<String>> HEADERS = Set.of(
            List.of("term", "definition"), List.of("front", "back"), List.of("question", "answer"),
            List.of("word", "definition"), List.of("term", "meaning"));

    private CsvFlashcardReader() {
    }

    /** @param separator the separator, or 0 to detect it */
    static BankReadResult read(String file, String text, char separator) {
        var problems = new Problems(file);
        var format = TextFormat.PLAIN;
        // Anki 2.1.55+ starts its exports with lines such as "#separator:tab" and "#html:true".
        int bodyStart = 0;
        int firstLine = 1;
        while (bodyStart < text.length() && text.charAt(bodyStart) == '#') {
            int end = text.indexOf('\n', bodyStart);
            end = end < 0 ? text.length() : end;
            var directive = text.substring(bodyStart + 1, end).strip().toLowerCase(Locale.ROOT);
            if (directive.startsWith("separator:") && separator == 0) {
                separator = switch (directive.substring("separator:".length())) {
                    case "tab" -> '\t';
                    case "comma" -> ',';
                    case "semicolon" -> ';';
                    case "pipe" -> '|';
                    case "space" -> ' ';
                    default -> 0;
                };
            } else if (directive.equals("html:true")) {
                format = TextFormat.HTML;
            }
            bodyStart = Math.min(text.length(), end + 1);
            firstLine++;
        }
        var body = text.substring(bodyStart);
        if (separator == 0) {
            separator = CsvRecords.detectSeparator(body);
        }
        if (separator == 0) {
            problems.add(firstLine, 1, "no separator found: each card needs a front and a back separated by a tab,"
                    + " comma or semicolon");
            return BankReadResult.failed(problems.sorted());
        }
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(body, separator, firstLine);
        } catch (CsvRecords.UnclosedQuote e) {
            problems.add(e.at, "this quoted field is never closed with '\"'");
            return BankReadResult.failed(problems.sorted());
        }
        if (records.size() > BankLimits.MAX_QUESTIONS + 1) {
            problems.add(records.get(BankLimits.MAX_QUESTIONS + 1).line(), 1, BankLimits.TOO_MANY_QUESTIONS);
            return BankReadResult.failed(problems.sorted());
        }
        var questions = new ArrayList<Question>();
        var ids = new IdAllocator();
        var positions = new SourcePositions(SourcePosition.START);
        boolean first = true;
        for (var record : records) {
            if (record.isBlank()) {
                continue;
            }
            if (first && isHeader(record)) {
                first = false;
                continue;
            }
            first = false;
            if (record.fields().size() < 2) {
                problems.add(record.line(), 1, "a card needs a front and a back separated by "
                        + describe(separator) + "; this line has only one field");
                continue;
            }
            var front = normalizeNewlines(record.fields().get(0)).strip();
            var back = normalizeNewlines(record.fields().get(1)).strip();
            positions.put("questions[" + questions.size() + "]", new SourcePosition(record.line(), 1));
            var id = ids.allocate(Ids.slug(TextFormat.PLAIN.convertFrom(format, front), 40, "card"));
            var header = new QuestionHeader(id, null, format, null, null, null, List.of(), null);
            questions.add(new FlashcardQuestion(header, front, back));
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(firstLine, 1, "no cards found");
        }
        if (!problems.isEmpty()) {
            return BankReadResult.failed(problems.sorted());
        }
        var deck = Deck.of(FileNames.deckId(file), FileNames.title(file), questions);
        ContentRules.report(deck, positions, List.of(), problems);
        return new BankReadResult(List.of(deck), problems.sorted());
    }

    private static boolean isHeader(CsvRecords.Record record) {
        if (record.fields().size() < 2) {
            return false;
        }
        var firstTwo = Arrays.asList(record.fields().get(0).strip().toLowerCase(Locale.ROOT),
                record.fields().get(1).strip().toLowerCase(Locale.ROOT));
        return HEADERS.contains(firstTwo);
    }

    /** Quoted fields keep the file's line ends; texts in a deck use '\n' only. */
    private static String normalizeNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String describe(char separator) {
        return switch (separator) {
            case '\t' -> "a tab";
            case ',' -> "a comma";
            case ';' -> "a semicolon";
            default -> "'" + separator + "'";
        };
    }
}
