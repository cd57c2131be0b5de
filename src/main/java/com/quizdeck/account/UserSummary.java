package com.quizdeck.account;

import java.time.Instant;

/** What other modules and views may know about a user: never the password hash. */
public record UserSummary(Long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
