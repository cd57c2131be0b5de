package com.quizdeck.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling: for services that check ownership (an instructor's classes, a student's attempts). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AccountPrincipal> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static AccountPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("You need to sign in."));
    }

    public static Long id() {
        return require().id();
    }

    public static boolean isAdmin() {
        return get().map(p -> p.role() == Role.ADMIN).orElse(false);
    }
}
