package com.quizdeck.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable identifiers. Decks and questions keep their id across re-imports, which is what makes
 * loading a bank twice idempotent, so imported ids are derived from names, never from counters.
 */
public final class Ids {

    public static final int MAX_LENGTH = 100;

    /** Deck ids: lowercase letters, digits and '-' (the native format's rule). */
    public static final Pattern DECK_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Question ids: as deck ids, also allowing '_' and '.', which hand-written banks use. */
    public static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private Ids() {
    }

    public static boolean isValidDeckId(String id) {
        return id != null && id.length() <= MAX_LENGTH && DECK_ID.matcher(id).matches();
    }

    public static boolean isValidQuestionId(String id) {
        return id != null && id.length() <= MAX_LENGTH && QUESTION_ID.matcher(id).matches();
    }

    /**
     * A deck-id-shaped slug of any text: accents dropped, runs of other characters turned into
     * one '-', at most {@code maxLength} characters. Returns {@code fallback} when nothing is left.
     */
    public static String slug(String text, int maxLength, String fallback) {
        if (text == null) {
            return fallback;
        }
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var slug = ascii.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            // Cut between words when one ends in the second half; half a word reads as a typo.
            int wordEnd = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, wordEnd > maxLength / 2 ? wordEnd : maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

}
