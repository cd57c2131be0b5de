package com.quizdeck.content;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with blanks. {@link #text()} marks blank n with {@code {n}} (counting from 1) and
 * {@link #blanks()} lists the blanks in that order. The prompt is an optional instruction line.
 */
public record ClozeQuestion(QuestionHeader header, String text, List<Blank> blanks) implements Question {

    /** {@code {1}}, {@code {2}}...: how a blank is marked in {@link #text()}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,4})}");

    public ClozeQuestion {
        blanks = blanks == null ? List.of() : List.copyOf(blanks);
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }

    @Override
    public ClozeQuestion withHeader(QuestionHeader newHeader) {
        return new ClozeQuestion(newHeader, text, blanks);
    }

    @Override
    public FlashcardFace flashcardFace() {
        var format = format();
        var gap = format.convertFrom(TextFormat.PLAIN, "_____");
        var front = fill(n -> gap);
        if (prompt() != null && !prompt().isBlank()) {
            front = prompt() + format.paragraphBreak() + front;
        }
        var answered = fill(n -> n >= 1 && n <= blanks.size()
                ? format.convert(blanks.get(n - 1).correctAnswer()) : "{" + n + "}");
        return Faces.card(header, front, answered);
    }

    /** The text with each placeholder replaced by {@code replacement.apply(blankNumber)}. */
    public String fill(IntFunction<String> replacement) {
        var matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(Integer.parseInt(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
