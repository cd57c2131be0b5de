package com.quizdeck.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The small Markdown subset that bank texts may use: paragraphs, line breaks, bulleted and
 * numbered lists, {@code **bold**}, {@code *italic*}, {@code `code`} and {@code [links](https://...)}
 * to http, https or mailto addresses. Raw HTML is shown as text, not interpreted.
 *
 * <p>Written here rather than pulled in as a library because the subset is tiny and the output
 * goes through {@link SafeHtml} anyway; a full CommonMark engine would add surface, not safety.
 */
public final class Markdown {

    /** Deeper emphasis is kept as literal characters; protects the stack from hostile input. */
    private static final int MAX_INLINE_DEPTH = 8;

    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+][ \\t]+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^ {0,3}\\d{1,9}[.)][ \\t]+(.*)$");
    private static final Pattern SAFE_LINK = Pattern.compile("^(?i)(https?://|mailto:)\\S+$");
    private static final String ESCAPABLE = "\\`*_[]()#+-.!<>{}|~";

    private Markdown() {
    }

    /** Markdown to sanitised HTML. */
    public static String toSafeHtml(String markdown) {
        return SafeHtml.clean(toHtml(markdown));
    }

    /** Backslash-escapes plain text so that it reads the same when treated as Markdown. */
    public static String escape(String plain) {
        if (plain == null) {
            return null;
        }
        var out = new StringBuilder(plain.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ("\\`*_[]".indexOf(c) >= 0) {
                out.append('\\');
            } else if (lineStart && (c == '-' || c == '+') && i + 1 < plain.length() && plain.charAt(i + 1) == ' ') {
                out.append('\\');
            } else if ((c == '.' || c == ')') && startsWithDigitsOnly(out)) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    private static boolean startsWithDigitsOnly(StringBuilder out) {
        int lineStart = out.lastIndexOf("\n") + 1;
        if (lineStart == out.length()) {
            return false;
        }
        for (int i = lineStart; i < out.length(); i++) {
            if (!Character.isDigit(out.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Markdown to HTML; every character of the input is escaped or turned into an allowed tag. */
    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        var blocks = new BlockBuilder();
        for (var line : SafeHtml.normalizeNewlines(markdown).split("\n", -1)) {
            blocks.accept(line);
        }
        return blocks.finish();
    }

    /** Groups lines into paragraphs and lists. */
    private static final class BlockBuilder {
        private final StringBuilder html = new StringBuilder();
        private final List<String> paragraph = new ArrayList<>();
        private final List<StringBuilder> items = new ArrayList<>();
        private String listTag;

        void accept(String line) {
            if (line.isBlank()) {
                flushParagraph();
                flushList();
                return;
            }
            var bullet = BULLET.matcher(line);
            var numbered = NUMBERED.matcher(line);
            if (bullet.matches()) {
                startItem("ul", bullet.group(1));
            } else if (numbered.matches()) {
                startItem("ol", numbered.group(1));
            } else if (listTag != null) {
                // A line that is not a new item continues the last one, as in CommonMark.
                items.getLast().append('\n').append(line.strip());
            } else {
                paragraph.add(line);
            }
        }

        private void startItem(String tag, String text) {
            flushParagraph();
            if (!tag.equals(listTag)) {
                flushList();
                listTag = tag;
            }
            items.add(new StringBuilder(text));
        }

        private void flushParagraph() {
            if (paragraph.isEmpty()) {
                return;
            }
            html.append("<p>").append(inline(String.join("\n", paragraph))).append("</p>");
            paragraph.clear();
        }

        private void flushList() {
            if (listTag == null) {
                return;
            }
            html.append('<').append(listTag).append('>');
            for (var item : items) {
                html.append("<li>").append(inline(item.toString())).append("</li>");
            }
            html.append("</").append(listTag).append('>');
            items.clear();
            listTag = null;
        }

        String finish() {
            flushParagraph();
            flushList();
            return html.toString();
        }
    }

    private static String inline(String text) {
        var out = new StringBuilder(text.length() + 16);
        new InlineRenderer(text).render(0, text.length(), 0, out);
        return out.toString();
    }

    /**
     * Renders emphasis, code and links inside one block. Searches for closing delimiters remember
     * where they failed, so that input such as thousands of unclosed {@code [} stays linear.
     */
    private static final class InlineRenderer {
        private final String s;
        private final Map<String, Integer> noCloserAfter = new HashMap<>();

        InlineRenderer(String s) {
            this.s = s;
        }

        void render(int from, int to, int depth, StringBuilder out) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                int next = -1;
                if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                    out.append(SafeHtml.escape(String.valueOf(s.charAt(i + 1))));
                    next = i + 2;
                } else if (c == '\n') {
                    trimTrailingSpaces(out);
                    out.append("<br>");
                    next = i + 1;
                } else if (c == '`') {
                    next = code(i, to, out);
                } else if (depth < MAX_INLINE_DEPTH && (s.startsWith("**", i) || s.startsWith("__", i))) {
                    next = emphasis(i, to, depth, s.substring(i, i + 2), "strong", out);
                } else if (depth < MAX_INLINE_DEPTH && (c == '*' || c == '_')) {
                    next = emphasis(i, to, depth, String.valueOf(c), "em", out);
                } else if (depth < MAX_INLINE_DEPTH && c == '[') {
                    next = link(i, to, depth, out);
                }
                if (next < 0) {
                    out.append(SafeHtml.escape(String.valueOf(c)));
                    next = i + 1;
                }
                i = next;
            }
        }

        private int code(int open, int to, StringBuilder out) {
            int close = find("`", open + 1, to);
            if (close < 0) {
                return -1;
            }
            out.append("<code>").append(SafeHtml.escape(s.substring(open + 1, close))).append("</code>");
            return close + 1;
        }

        private int emphasis(int open, int to, int depth, String delimiter, String tag, StringBuilder out) {
            int start = open + delimiter.length();
            boolean underscore = delimiter.charAt(0) == '_';
            if (underscore && open > 0 && Character.isLetterOrDigit(s.charAt(open - 1))) {
                return -1; // snake_case words are not emphasis
            }
            if (start >= to || Character.isWhitespace(s.charAt(start))) {
                return -1;
            }
            int close = start;
            while (true) {
                close = find(delimiter, close, to);
                if (close < 0) {
                    return -1;
                }
                boolean partOfLonger = delimiter.length() == 1 && close + 1 < to && s.charAt(close + 1) == delimiter.charAt(0);
                boolean afterSpace = Character.isWhitespace(s.charAt(close - 1));
                boolean insideWord = underscore && close + delimiter.length() < to
                        && Character.isLetterOrDigit(s.charAt(close + delimiter.length()));
                if (close > start && !partOfLonger && !afterSpace && !insideWord) {
                    // "**very *much***": the inner single marker closes first, so the strong one ends a character later.
                    if (delimiter.length() == 2 && close + 2 < to && s.charAt(close + 2) == delimiter.charAt(0)
                            && countOf(delimiter.charAt(0), start, close) % 2 == 1) {
                        close++;
                    }
                    break;
                }
                close += partOfLonger ? 2 : 1;
            }
            out.append('<').append(tag).append('>');
            render(start, close, depth + 1, out);
            out.append("</").append(tag).append('>');
            return close + delimiter.length();
        }

        private int link(int open, int to, int depth, StringBuilder out) {
            int textEnd = find("](", open + 1, to);
            if (textEnd < 0) {
                return -1;
            }
            int urlEnd = find(")", textEnd + 2, to);
            if (urlEnd < 0) {
                return -1;
            }
            var url = s.substring(textEnd + 2, urlEnd).strip();
            if (SAFE_LINK.matcher(url).matches()) {
                out.append("<a href=\"").append(SafeHtml.escape(url)).append("\">");
                render(open + 1, textEnd, depth + 1, out);
                out.append("</a>");
            } else {
                // An unsafe or relative target: keep the words, drop the link.
                render(open + 1, textEnd, depth + 1, out);
            }
            return urlEnd + 1;
        }

        private int countOf(char c, int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '\\') {
                    i++;
                } else if (s.charAt(i) == c) {
                    count++;
                }
            }
            return count;
        }

        /** Index of {@code token} in [from, to), or -1; failures are cached per token. */
        private int find(String token, int from, int to) {
            Integer failedFrom = noCloserAfter.get(token);
            if (failedFrom != null && from >= failedFrom) {
                return -1;
            }
            int index = s.indexOf(token, from);
            if (index < 0) {
                noCloserAfter.merge(token, from, Math::min);
                return -1;
            }
            return index + token.length() <= to ? index : -1;
        }

        private static void trimTrailingSpaces(StringBuilder out) {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }
    }
}
