package com.quizdeck.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a number typed by a student, whichever convention they write numbers in.
 *
 * <p>Accepted: an optional sign ({@code +}, {@code -} or the minus sign {@code −}), digits (any script's decimal
 * digits; fullwidth ones too), at most one decimal separator, thousands separators, and an optional exponent
 * ({@code 6.02e23}). Surrounding spaces are ignored; anything else (units, fractions such as {@code 1/2},
 * {@code %}, words) makes the text not a number.
 *
 * <p>Which of {@code .} and {@code ,} is the decimal separator:
 * <ol>
 * <li>Spaces (also no-break and thin spaces) and apostrophes between digits are thousands separators
 *     ({@code 1 000}, {@code 1'000'000}); then a single {@code .} or {@code ,} after them is the decimal separator
 *     ({@code 1 000,5}).</li>
 * <li>When both {@code .} and {@code ,} appear, the one that comes last is the decimal separator and appears
 *     once; the other is the thousands separator ({@code 1,000.5} and {@code 1.000,5} are both 1000.5).</li>
 * <li>One of them appearing several times is the thousands separator ({@code 1.000.000}, {@code 1,000,000}).</li>
 * <li>One of them appearing once is the decimal separator ({@code 3,5}, {@code 0.25}, {@code 1,0000})...</li>
 * <li>...except when it could as well be a thousands separator: one to three digits, not starting with 0,
 *     then the separator, then exactly three digits ({@code 1,000}, {@code 1.000}, {@code 3,142}). In English
 *     {@code 1,000} is a thousand and in German {@code 1.000} is; in French {@code 3,142} is pi to three places.
 *     Nothing in the text tells which was meant, so both readings are returned and the grader gives the better
 *     credit of the two. A student who wanted the other reading can only have meant a number a thousand times
 *     larger or smaller, which a numeric question's answers hardly ever accept both of.</li>
 * </ol>
 * Wherever thousands separators are used they must group the digits properly: one to three digits first, then
 * groups of exactly three ({@code 1,00,000} and {@code 12 34} are not numbers). The fraction part has no
 * separators in it.
 */
public final class NumberInput {

    private static final Pattern SHAPE = Pattern.compile("([+-]?) *([0-9.,' ]+?)([eE][+-]?[0-9]+)?");
    private static final char GAP = ' ';

    private NumberInput() {
    }

    /**
     * The numbers the text can mean: none when it is not a number, two when the separator is ambiguous (rule 5
     * above; the decimal reading first), else one.
     */
    public static List<BigDecimal> readings(String raw) {
        var s = canonical(raw);
        var m = SHAPE.matcher(s);
        if (!m.matches()) {
            return List.of();
        }
        var sign = m.group(1);
        var body = m.group(2);
        var exponent = m.group(3) == null ? "" : m.group(3);
        var readings = new ArrayList<BigDecimal>();
        for (var plain : plainForms(body)) {
            try {
                readings.add(new BigDecimal(sign + plain + exponent));
            } catch (NumberFormatException | ArithmeticException e) {
                return List.of(); // an exponent beyond what BigDecimal holds is no number a question accepts
            }
        }
        return List.copyOf(readings);
    }

    /** Whether the text is a number at all. */
    public static boolean isNumber(String raw) {
        return !readings(raw).isEmpty();
    }

    /** NFKC, ASCII digits, one kind of minus, one kind of gap, no surrounding space. */
    private static String canonical(String raw) {
        var s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isDigit(cp) && Character.digit(cp, 10) >= 0) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == '\u2212') {
                out.append('-');
            } else if (cp == '\u2019') {
                out.append('\'');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(GAP);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /** The body in BigDecimal's syntax ({@code 1000.5}), one per reading; empty when it is not a number. */
    private static List<String> plainForms(String body) {
        var b = body.replace('\'', GAP);
        if (b.chars().noneMatch(Character::isDigit) || !separatorsStandAlone(b)) {
            return List.of();
        }
        int dots = count(b, '.');
        int commas = count(b, ',');
        int gaps = count(b, GAP);
        if (gaps > 0) {
            if (dots + commas > 1) {
                return List.of();
            }
            char decimal = dots == 1 ? '.' : ',';
            return dots + commas == 0 ? form(b, GAP, (char) 0) : form(b, GAP, decimal);
        }
        if (dots > 0 && commas > 0) {
            char decimal = b.lastIndexOf('.') > b.lastIndexOf(',') ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            return count(b, decimal) == 1 ? form(b, thousands, decimal) : List.of();
        }
        if (dots + commas == 0) {
            return form(b, (char) 0, (char) 0);
        }
        char separator = dots > 0 ? '.' : ',';
        if (dots + commas > 1) {
            return form(b, separator, (char) 0);
        }
        var asDecimal = form(b, (char) 0, separator);
        int at = b.indexOf(separator);
        var before = b.substring(0, at);
        var after = b.substring(at + 1);
        if (after.length() == 3 && !before.isEmpty() && before.length() <= 3 && before.charAt(0) != '0') {
            var all = new ArrayList<>(asDecimal);
            all.addAll(form(b, separator, (char) 0));
            return all;
        }
        return asDecimal;
    }

    /** No two separators in a row, and gaps only between digits. */
    private static boolean separatorsStandAlone(String b) {
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isDigit(c)) {
                continue;
            }
            boolean digitBefore = i > 0 && Character.isDigit(b.charAt(i - 1));
            boolean digitAfter = i + 1 < b.length() && Character.isDigit(b.charAt(i + 1));
            if (c == GAP ? !(digitBefore && digitAfter) : !(digitBefore || digitAfter)) {
                return false;
            }
            if (i + 1 < b.length() && !Character.isDigit(b.charAt(i + 1)) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body read with the given thousands and decimal separators ({@code 0} for none), or empty if it does
     * not fit them.
     */
    private static List<String> form(String b, char thousands, char decimal) {
        String integer = b;
        String fraction = "";
        if (decimal != 0) {
            int at = b.indexOf(decimal);
            integer = b.substring(0, at);
            fraction = b.substring(at + 1);
        }
        if (!fraction.chars().allMatch(Character::isDigit)) {
            return List.of();
        }
        if (thousands != 0) {
            var groups = integer.split(Pattern.quote(String.valueOf(thousands)), -1);
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                return List.of();
            }
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3) {
                    return List.of();
                }
            }
            integer = String.join("", groups);
        }
        if (!integer.chars().allMatch(Character::isDigit) || integer.isEmpty() && fraction.isEmpty()) {
            return List.of();
        }
        return List.of((integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
