package com.quizdeck.live;

import com.quizdeck.live.LiveRefusedException.Reason;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Guest nicknames are shown on a projector: at most {@link #MAX_LENGTH} characters, no control or
 * formatting characters (no invisible or right-to-left tricks), spaces collapsed, unique in a game
 * regardless of case and accents.
 */
final class Nicknames {

    static final int MAX_LENGTH = 20;

    private Nicknames() {
    }

    /** The nickname as it will be shown, or a refusal that says what to change. */
    static String clean(String typed) {
        if (typed == null) {
            throw bad("Choose a nickname.");
        }
        var normalised = Normalizer.normalize(typed, Normalizer.Form.NFC);
        var out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = !out.isEmpty();
                continue;
            }
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        var name = out.toString();
        if (name.isEmpty()) {
            throw bad("Choose a nickname.");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw bad("A nickname has at most " + MAX_LENGTH + " characters.");
        }
        return name;
    }

    /** Two names that look the same to a class have the same key. */
    static String key(String name) {
        var stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "n:" + stripped.toLowerCase(Locale.ROOT);
    }

    private static LiveRefusedException bad(String message) {
        return new LiveRefusedException(Reason.BAD_NICKNAME, message);
    }
}
