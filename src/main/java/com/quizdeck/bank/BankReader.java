package com.quizdeck.bank;

import java.nio.file.Path;

/**
 * Reads bank files of every supported format into decks. This is the entry point for the
 * startup loader, the upload preview and the command line; none of them needs Spring.
 *
 * <p>The result holds either decks or problems: every problem of the file is reported at once,
 * with its line and column, and a file with any problem yields no deck. Hostile input (huge,
 * binary, wrongly encoded, deeply nested, alias bombs) is refused with a message, never an
 * exception.
 */
public final class BankReader {

    private BankReader() {
    }

    /** Reads a file, choosing the format from its name and, for {@code *.txt}, its content. */
    public static BankReadResult read(Path file) {
        var name = file.toString();
        var decoded = BankText.read(file, name);
        return decoded.ok() ? readText(name, decoded.text(), null, (char) 0) : BankReadResult.failed(decoded.problem());
    }

    /** Reads an upload; {@code fileName} chooses the format and names the file in messages. */
    public static BankReadResult read(String fileName, byte[] content) {
        return read(fileName, content, null);
    }

    /** Reads an upload in a given format, or detects it when {@code format} is null. */
    public static BankReadResult read(String fileName, byte[] content, BankFormat format) {
        var decoded = BankText.decode(fileName, content);
        return decoded.ok() ? readText(fileName, decoded.text(), format, (char) 0) : BankReadResult.failed(decoded.problem());
    }

    /** Reads term–definition cards separated by {@code separator} (tab, comma, semicolon...). */
    public static BankReadResult readFlashcards(String fileName, byte[] content, char separator) {
        var decoded = BankText.decode(fileName, content);
        return decoded.ok() ? readText(fileName, decoded.text(), BankFormat.CSV, separator)
                : BankReadResult.failed(decoded.problem());
    }

    /** Reads text that is already decoded, e.g. from a test or an editor buffer. */
    public static BankReadResult readText(String fileName, String text, BankFormat format) {
        return readText(fileName, text, format, (char) 0);
    }

    private static BankReadResult readText(String fileName, String text, BankFormat format, char separator) {
        var chosen = format != null ? format : BankFormat.detect(fileName, text).orElse(null);
        if (chosen == null) {
            return BankReadResult.failed(new BankProblem(fileName, 1, 1, "unknown bank format; name the file"
                    + " *.deck.yaml (native), *.gift, *.txt (GIFT or Aiken), *.csv or *.tsv (flashcards)"));
        }
        try {
            return switch (chosen) {
                case NATIVE -> NativeDeckReader.read(fileName, text);
                case GIFT -> GiftReader.read(fileName, text);
                case AIKEN -> AikenReader.read(fileName, text);
                case CSV -> CsvFlashcardReader.read(fileName, text, separator);
                case TSV -> CsvFlashcardReader.read(fileName, text, separator == 0 ? '\t' : separator);
            };
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not turn into a stack trace for a teacher; the message names the failure.
            return BankReadResult.failed(new BankProblem(fileName, 1, 1,
                    "could not read the file (" + e.getClass().getSimpleName() + "); please report this file"));
        }
    }
}
