package com.quizdeck.bank;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The bank file formats Quizdeck reads. */
public enum BankFormat {
    /** Quizdeck's own YAML, {@code *.deck.yaml}; see question-banks/README.md. */
    NATIVE,
    /** Moodle's GIFT, {@code *.gift}, {@code *.gift.txt}, {@code *.txt}. */
    GIFT,
    /** Moodle's Aiken multiple choice, {@code *.txt} with {@code ANSWER: X} lines. */
    AIKEN,
    /** Term and definition per line, as Quizlet and Anki export them; separator detected. */
    CSV,
    /** As {@link #CSV}, always separated by tabs. */
    TSV;

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^[ \\t]*ANSWER:[ \\t]*[A-Za-z][ \\t]*$");
    private static final Pattern UNESCAPED_BRACE = Pattern.compile("(?<!\\\\)\\{");

    /** The format a file name announces, if any; {@code *.txt} needs its content, see {@link #detect}. */
    public static Optional<BankFormat> fromFileName(String fileName) {
        var name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(NATIVE);
        }
        if (name.endsWith(".gift") || name.endsWith(".gift.txt")) {
            return Optional.of(GIFT);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".tsv")) {
            return Optional.of(TSV);
        }
        return Optional.empty();
    }

    /**
     * The format of a file from its name and, for {@code *.txt} and unknown names, its content:
     * Aiken when it has {@code ANSWER:} lines and no answer braces, else GIFT for text that has
     * braces, native for text that starts like a deck.
     */
    public static Optional<BankFormat> detect(String fileName, String text) {
        var byName = fromFileName(fileName);
        if (byName.isPresent()) {
            return byName;
        }
        if (looksLikeAiken(text)) {
            return Optional.of(AIKEN);
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".txt") || UNESCAPED_BRACE.matcher(text).find()) {
            return Optional.of(GIFT);
        }
        if (text.stripLeading().startsWith("format:")) {
            return Optional.of(NATIVE);
        }
        return Optional.empty();
    }

    static boolean looksLikeAiken(String text) {
        return AIKEN_ANSWER.matcher(text).find() && !UNESCAPED_BRACE.matcher(text).find();
    }
}
