package com.quizdeck.classroom;

import java.time.Instant;

public record RosterEntry(Long studentId, String displayName, String username, Instant joinedAt) {
}
