package com.quizdeck.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Usernames are case-insensitive: stored in lower case so that "Ana" and "ana" are one account. */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,32}");

    private Usernames() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> problem(String raw) {
        if (!ALLOWED.matcher(normalise(raw)).matches()) {
            return Optional.of("Use 3 to 32 letters, digits, dots, dashes or underscores.");
        }
        return Optional.empty();
    }
}
