package com.quizdeck.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes are read off a projector and typed on phones: six characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), case-insensitive, spaces and dashes ignored.
 */
public final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String random() {
        var sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What the user typed, as stored: upper case, without spaces or dashes. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean isWellFormed(String code) {
        if (code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
