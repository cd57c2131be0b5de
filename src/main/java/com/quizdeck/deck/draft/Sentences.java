package com.quizdeck.deck.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences. Lines that do not end like a sentence (titles, bylines, tag
 * lines) are left out; abbreviations ("U.S.", "Dr.", "B.A.") do not end a sentence.
 */
final class Sentences {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’)]?$");
    private static final Pattern INITIALS = Pattern.compile("\\(?([A-Za-z]{1,2}\\.)+[A-Za-z]{0,2}\\.?");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "no",
            "art", "jr", "sr", "gen", "col", "gov", "sen", "rep", "inc", "co", "ltd", "e.g", "i.e");

    private Sentences() {
    }

    static List<String> of(String text) {
        var sentences = new ArrayList<String>();
        var normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (var paragraph : PARAGRAPH_BREAK.split(normalised)) {
            // (?U): no-break spaces count as spaces; the article ends some paragraphs with one.
            var p = paragraph.replaceAll("(?U)\\s+", " ").strip();
            if (p.isEmpty() || !SENTENCE_END.matcher(p).find()) {
                continue;
            }
            split(p, sentences);
        }
        return sentences;
    }

    private static void split(String p, List<String> out) {
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < p.length() && "”\"’)".indexOf(p.charAt(end)) >= 0) {
                end++;
            }
            boolean last = end >= p.length();
            boolean boundary = last || (p.charAt(end) == ' ' && end + 1 < p.length()
                    && (Character.isUpperCase(p.charAt(end + 1)) || "“\"‘(".indexOf(p.charAt(end + 1)) >= 0));
            if (!boundary || (c == '.' && !last && isAbbreviation(p, start, i))) {
                continue;
            }
            var sentence = p.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
            start = end;
        }
        if (start < p.length() && !p.substring(start).isBlank()) {
            out.add(p.substring(start).strip());
        }
    }

    /** Whether the word that ends at {@code dot} is an abbreviation rather than the end of a sentence. */
    private static boolean isAbbreviation(String p, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && p.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        var word = p.substring(wordStart, dot + 1);
        if (INITIALS.matcher(word).matches() && word.indexOf('.') < word.length() - 1) {
            return true; // U.S. B.A. LL.M.
        }
        var bare = word.replaceAll("^[(“\"]+", "").replaceAll("\\.$", "").toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(bare) || (bare.length() == 1 && Character.isLetter(bare.charAt(0)));
    }
}
