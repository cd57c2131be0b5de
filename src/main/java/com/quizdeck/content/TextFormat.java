package com.quizdeck.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a question's texts are written. Quizdeck's own decks use {@link #MARKDOWN}; the other
 * three exist because GIFT files carry {@code [html]}, {@code [plain]}, {@code [markdown]} and
 * {@code [moodle]} markers and an import followed by an export must give them back.
 *
 * <p>A question has one format for its prompt; its other texts (options, feedback) use the same
 * format unless they start with a marker of their own, as in GIFT. See {@link #split(String, TextFormat)}.
 */
public enum TextFormat {
    MARKDOWN,
    HTML,
    PLAIN,
    /** Moodle's "auto-format": HTML where line breaks count. */
    MOODLE;

    private static final Pattern MARKER = Pattern.compile("^\\[(markdown|html|plain|moodle)]");

    /** A text with its own format, after a leading marker was read. */
    public record Marked(TextFormat format, String text) {
    }

    /** The lowercase name used in files: {@code markdown}, {@code html}, {@code plain}, {@code moodle}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TextFormat> fromWireName(String name) {
        for (var format : values()) {
            if (format.wireName().equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a leading format marker such as {@code [html]}; without one the text keeps
     * {@code inherited}, the format of its question.
     */
    public static Marked split(String text, TextFormat inherited) {
        if (text == null) {
            return new Marked(inherited, null);
        }
        var matcher = MARKER.matcher(text);
        if (matcher.find()) {
            return new Marked(fromWireName(matcher.group(1)).orElseThrow(), text.substring(matcher.end()));
        }
        return new Marked(inherited, text);
    }

    /** The marker that makes a text use this format inside a question of another format. */
    public String marker() {
        return "[" + wireName() + "]";
    }

    /** Sanitised HTML for a text written in this format. */
    public String toSafeHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (this) {
            case MARKDOWN -> Markdown.toSafeHtml(text);
            case HTML -> SafeHtml.clean(text);
            case MOODLE -> SafeHtml.clean(SafeHtml.normalizeNewlines(text).replace("\n", "<br>"));
            case PLAIN -> SafeHtml.fromPlainText(text);
        };
    }

    /**
     * Sanitised HTML for one of a question's texts: its own marker wins, else this (the
     * question's) format applies.
     */
    public String toSafeHtmlHonouringMarker(String text) {
        var marked = split(text, this);
        return marked.format().toSafeHtml(marked.text());
    }

    /**
     * Rewrites a text of a question (maybe carrying its own marker) in this format, e.g. to build
     * a flashcard back from options.
     */
    public String convert(String text) {
        var marked = split(text, this);
        return convertFrom(marked.format(), marked.text());
    }

    /**
     * Rewrites {@code text}, written in {@code source}, in this format. Conversions are simple:
     * HTML loses its tags when it becomes plain text or Markdown.
     */
    public String convertFrom(TextFormat source, String text) {
        if (text == null || source == this) {
            return text;
        }
        var plain = switch (source) {
            case PLAIN -> text;
            case HTML -> SafeHtml.toPlainText(text);
            case MOODLE -> SafeHtml.toPlainText(SafeHtml.normalizeNewlines(text).replace("\n", "<br>"));
            case MARKDOWN -> SafeHtml.toPlainText(Markdown.toSafeHtml(text));
        };
        return switch (this) {
            case PLAIN -> plain;
            case MARKDOWN -> Markdown.escape(plain);
            case HTML -> SafeHtml.fromPlainText(plain);
            case MOODLE -> SafeHtml.escape(plain);
        };
    }

    /** What separates two lines of text in this format. */
    public String lineBreak() {
        return this == HTML ? "<br>" : "\n";
    }

    /** What separates two paragraphs in this format. */
    public String paragraphBreak() {
        return this == HTML ? "<br><br>" : "\n\n";
    }
}
