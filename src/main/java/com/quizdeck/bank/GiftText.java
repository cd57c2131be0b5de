package com.quizdeck.bank;

import java.util.List;

/**
 * One GIFT question block as a single string, with escapes already resolved and every
 * character's source line and column kept, so that a parse error can point at the exact brace.
 *
 * <p>As in Moodle, each line is trimmed and the lines are joined with newlines, comment lines
 * ({@code //...}) are dropped, and the escapes {@code \~ \= \# \{ \} \: \\ \n} are replaced by
 * private-use placeholders before parsing, so that an escaped character can never be mistaken for
 * syntax. {@link #restore(String)} turns placeholders back into the characters they stand for.
 */
final class GiftText {

    private static final char PLACEHOLDER_BASE = '\uE000';
    private static final String ESCAPABLE = "\\~=#{}:n";

    /** A line of the file: its 1-based number and its text. */
    record SourceLine(int number, String text) {
    }

    private final String text;
    private final int[] lines;
    private final int[] columns;

    private GiftText(String text, int[] lines, int[] columns) {
        this.text = text;
        this.lines = lines;
        this.columns = columns;
    }

    static GiftText of(List<SourceLine> block) {
        var out = new StringBuilder();
        int capacity = block.stream().mapToInt(l -> l.text().length() + 1).sum() + 1;
        var lines = new int[capacity];
        var columns = new int[capacity];
        int lastLine = block.isEmpty() ? 1 : block.getFirst().number();
        int lastColumn = 1;
        for (var source : block) {
            var raw = source.text();
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
                lead++;
            }
            var trimmed = raw.strip();
            if (!out.isEmpty()) {
                lines[out.length()] = lastLine;
                columns[out.length()] = lastColumn;
                out.append('\n');
            }
            for (int i = 0; i < trimmed.length(); i++) {
                lines[out.length()] = source.number();
                columns[out.length()] = lead + i + 1;
                char c = trimmed.charAt(i);
                if (c == '\\' && i + 1 < trimmed.length() && ESCAPABLE.indexOf(trimmed.charAt(i + 1)) >= 0) {
                    char escaped = trimmed.charAt(++i);
                    out.append(placeholder(escaped == 'n' ? '\n' : escaped));
                } else {
                    out.append(c);
                }
            }
            lastLine = source.number();
            lastColumn = lead + trimmed.length() + 1;
        }
        lines[out.length()] = lastLine;
        columns[out.length()] = lastColumn;
        return new GiftText(out.toString(), lines, columns);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    /** Where the character at {@code index} was written. */
    SourcePosition at(int index) {
        int i = Math.max(0, Math.min(index, text.length()));
        return new SourcePosition(lines[i], columns[i]);
    }

    /** First index of {@code c} in [from, to), or -1. */
    int indexOf(char c, int from, int to) {
        int index = text.indexOf(c, from);
        return index >= 0 && index < to ? index : -1;
    }

    int indexOf(String s, int from, int to) {
        int index = text.indexOf(s, from);
        return index >= 0 && index + s.length() <= to ? index : -1;
    }

    boolean isBlank(int from, int to) {
        return from >= to || text.substring(from, to).isBlank();
    }

    /** The characters of [from, to) with escapes restored, trimmed. */
    String slice(int from, int to) {
        return from >= to ? "" : restore(text.substring(from, to)).strip();
    }

    int skipSpace(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    int trimEnd(int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static char placeholder(char c) {
        return (char) (PLACEHOLDER_BASE + c);
    }

    static String restore(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= PLACEHOLDER_BASE && c < PLACEHOLDER_BASE + 128 ? (char) (c - PLACEHOLDER_BASE) : c);
        }
        return out.toString();
    }
}
