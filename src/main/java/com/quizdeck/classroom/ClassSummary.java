package com.quizdeck.classroom;

import java.time.Instant;

/** A class as lists and pages show it. */
public record ClassSummary(Long id, String name, String joinCode, boolean archived, Long instructorId,
        String instructorName, Instant createdAt, long studentCount) {
}
