package com.quizdeck.grading;

import com.quizdeck.content.TextAnswer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching a typed text against the accepted answers of a short_answer question or a text blank.
 *
 * <p>Both sides are compared in a normal form: Unicode NFKC (so fullwidth letters, ligatures and no-break spaces
 * are their plain selves); every kind of apostrophe and quote the same; case folded unless the question is case
 * sensitive (upper- then lower-casing, so "STRASSE" equals "straße"); accents dropped when the question asks for
 * it (combining marks removed after decomposition, so é, ö, ñ are e, o, n; and the letters that carry their
 * stroke inside and do not decompose are spelled out: ø o, ł l, đ d, ħ h, ŧ t, ı i, æ ae, œ oe); hyphens, dashes,
 * underscores and slashes are spaces ("Kim Jong-un" is "kim jong un"); other punctuation (. , ; : ! ? quotes
 * brackets ...) is dropped, except where it stands between two digits ("3.5", "10:30" keep it, so "3.5" never
 * equals "35") and except {@code # % & @ *}, which carry meaning ("C#", "50%", "AT&T"); runs of
 * spaces are one space, and leading and trailing spaces go.
 *
 * <p>An answer's {@code *} matches any run of characters, possibly empty, as in Moodle; {@code \*} is a literal
 * star; nothing else in an answer is special.
 *
 * <p>Which answer wins: the highest weight among the answers that match (of equal weights, an exact match before a
 * forgiven typo, then the first listed). When the question forgives typos, an answer longer than 6 characters (in
 * normal form) without a wildcard also matches a text one edit away from it: one letter wrong, missing, extra, or
 * two neighbours swapped (Damerau-Levenshtein, optimal string alignment). Shorter answers are not forgiven because
 * one edit turns many short words into other words ("cat"/"car"), and wildcard answers are not, because they
 * already accept a family of texts. But a text that equals one of the answers exactly, letter for letter without a
 * wildcard, is graded by the answers it equals and no typo is forgiven: the teacher wrote that very text down and
 * gave it its weight, as in Moodle's "=%75%Nazereth#Right, but misspelled." next to "=Nazareth".
 */
final class TextAnswers {

    /** How a question compares texts. */
    record Options(boolean caseSensitive, boolean accentInsensitive, boolean forgiveTypo) {
    }

    /** The answer that won, and whether a typo had to be forgiven for it. */
    record Match(TextAnswer answer, boolean typo) {
    }

    /** Shortest answer, in code points of its normal form, that a typo is forgiven in. */
    static final int TYPO_MIN_LENGTH = 7;

    /** Stands for an unescaped {@code *} while an answer is normalised; private use, so never typed. */
    private static final String WILDCARD = "\uE000";
    private static final Pattern STARS = Pattern.compile("(?<!\\\\)\\*+");
    private static final String KEPT_PUNCTUATION = "#%&@*";
    private static final String APOSTROPHES = "\u00B4`\u02B9\u02BB\u02BC\u02BD\u02C8\u2018\u2019\u201A\u201B\u2032";
    private static final String QUOTES = "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
    private static final String INVISIBLE = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final String STROKED = "øØłŁđĐħĦŧŦıæÆœŒ";
    private static final String[] UNSTROKED = {"o", "O", "l", "L", "d", "D", "h", "H", "t", "T", "i", "ae", "AE", "oe",
        "OE"};

    private TextAnswers() {
    }

    static Optional<Match> best(List<TextAnswer> answers, String typed, Options options) {
        var text = normalize(typed, options);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var matchers = answers.stream().map(a -> new AnswerMatcher(a, options)).toList();
        boolean literalHit = matchers.stream().anyMatch(m -> !m.wildcard && m.matchesExactly(text));
        Match best = null;
        for (var m : matchers) {
            Match candidate = null;
            if (m.matchesExactly(text)) {
                candidate = new Match(m.answer, false);
            } else if (options.forgiveTypo() && !literalHit && m.forgivesTypoIn(text)) {
                candidate = new Match(m.answer, true);
            }
            if (candidate != null && (best == null || candidate.answer().weight() > best.answer().weight()
                    || candidate.answer().weight() == best.answer().weight() && best.typo() && !candidate.typo())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The normal form described on the class; {@code *} is an ordinary character here. */
    static String normalize(String text, Options options) {
        // Apostrophes before NFKC too: it turns the acute accent some type as an apostrophe into space + mark.
        var s = Normalizer.normalize(replaceAny(text, APOSTROPHES, '\''), Normalizer.Form.NFKC);
        s = replaceAny(s, APOSTROPHES, '\'');
        s = replaceAny(s, QUOTES, '"');
        if (!options.caseSensitive()) {
            s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
        if (options.accentInsensitive()) {
            s = Normalizer.normalize(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""),
                    Normalizer.Form.NFC);
            s = unstroke(s);
        }
        s = dropPunctuation(s);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String replaceAny(String s, String chars, char replacement) {
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x10000 && chars.indexOf(cp) >= 0) {
                out.append(replacement);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String unstroke(String s) {
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int at = cp < 0x10000 ? STROKED.indexOf(cp) : -1;
            if (at >= 0) {
                out.append(UNSTROKED[at]);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String dropPunctuation(String s) {
        int[] cps = s.codePoints().toArray();
        var out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (INVISIBLE.indexOf(cp) >= 0) {
                continue;
            }
            int type = Character.getType(cp);
            boolean dash = type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION || cp == '/';
            boolean punctuation = dash || isPunctuation(type);
            if (!punctuation || KEPT_PUNCTUATION.indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else if (i > 0 && i < cps.length - 1 && Character.isDigit(cps[i - 1]) && Character.isDigit(cps[i + 1])) {
                out.appendCodePoint(cp);
            } else if (dash) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isPunctuation(int type) {
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** One accepted answer, compiled once per grading. */
    private static final class AnswerMatcher {
        private final TextAnswer answer;
        private final boolean wildcard;
        private final String normal;
        private final Pattern pattern;

        AnswerMatcher(TextAnswer answer, Options options) {
            this.answer = answer;
            var marked = STARS.matcher(answer.text()).replaceAll(Matcher.quoteReplacement(WILDCARD))
                    .replace("\\*", "*");
            this.normal = normalize(marked, options);
            this.wildcard = normal.contains(WILDCARD);
            var regex = new StringBuilder();
            for (var bit : normal.split(WILDCARD, -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(bit));
            }
            this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        }

        boolean matchesExactly(String text) {
            return wildcard ? pattern.matcher(text).matches() : normal.equals(text);
        }

        boolean forgivesTypoIn(String text) {
            return !wildcard && normal.codePointCount(0, normal.length()) >= TYPO_MIN_LENGTH
                    && Edits.withinOne(normal, text);
        }
    }
}
