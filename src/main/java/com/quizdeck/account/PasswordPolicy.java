package com.quizdeck.account;

import java.util.Optional;

/**
 * Password rules as NIST SP 800-63B puts them: long enough, long passwords allowed, no composition
 * rules that push people to "Password1!", and never the username itself.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problem with this password, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("The password must not be the username.");
        }
        return Optional.empty();
    }
}
