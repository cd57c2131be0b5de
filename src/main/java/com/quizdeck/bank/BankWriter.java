package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import java.util.List;

/** Writes decks in every export format; see {@link ExportResult} for what could not be written. */
public final class BankWriter {

    private BankWriter() {
    }

    /** The export formats. */
    public enum Target {
        NATIVE, GIFT, CSV, JSON
    }

    public static ExportResult write(List<Deck> decks, Target target) {
        return switch (target) {
            case NATIVE -> ExportResult.complete(NativeDeckWriter.write(decks));
            case GIFT -> GiftWriter.write(decks);
            case CSV -> CsvWriter.write(decks);
            case JSON -> JsonExport.write(decks);
        };
    }

    /** One deck in the native format, ready to be saved as {@code <id>.deck.yaml}. */
    public static String toNative(Deck deck) {
        return NativeDeckWriter.write(deck);
    }

    /** GIFT; ordering, flashcard and multi-blank cloze questions are skipped and listed. */
    public static ExportResult toGift(List<Deck> decks) {
        return GiftWriter.write(decks);
    }

    /** front,back cards, one per question. */
    public static String toCsv(List<Deck> decks) {
        return CsvWriter.write(decks).content();
    }

    /** An array of decks, each {@code {"id", "title", ..., "questions": [...]}}. */
    public static String toJson(List<Deck> decks) {
        return JsonExport.write(decks).content();
    }
}
