package com.quizdeck.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV or TSV text into records (RFC 4180): fields may be quoted with {@code "}, quotes
 * inside are doubled, and quoted fields may contain the separator and line breaks. Unquoted
 * fields are taken as they are, stray quotes included, because Quizlet does not quote at all.
 */
final class CsvRecords {

    /** One record and the line it starts on. */
    record Record(int line, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown for a quoted field that never ends; carries where it began. */
    static final class UnclosedQuote extends Exception {
        final SourcePosition at;

        UnclosedQuote(SourcePosition at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text, char separator, int firstLine) throws UnclosedQuote {
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int line = firstLine;
        int column = 1;
        int recordLine = firstLine;
        int i = 0;
        boolean fieldStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                var quoteAt = new SourcePosition(line, column);
                i++;
                column++;
                while (true) {
                    if (i >= text.length()) {
                        throw new UnclosedQuote(quoteAt);
                    }
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        column += 2;
                    } else if (q == '"') {
                        i++;
                        column++;
                        break;
                    } else {
                        if (q == '\n' || q == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                            line++;
                            column = 0;
                        }
                        field.append(q);
                        i++;
                        column++;
                    }
                }
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
                column++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                column = 1;
                recordLine = line;
                fieldStart = true;
            } else {
                field.append(c);
                i++;
                column++;
            }
        }
        if (!fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** The separator of the first lines outside quotes: tab, else comma, else semicolon; 0 if none. */
    static char detectSeparator(String text) {
        int tabs = 0;
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < 20; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case '\t' -> tabs++;
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\n' -> lines++;
                    default -> {
                    }
                }
            }
        }
        // Tabs first: Quizlet and Anki separate with tabs, and definitions are full of commas.
        if (tabs > 0) {
            return '\t';
        }
        if (commas > 0) {
            return ',';
        }
        return semicolons > 0 ? ';' : 0;
    }
}
