package com.quizdeck.backup;

import java.time.Instant;
import java.util.Map;

/**
 * What an archive holds (or what an import wrote): rows per table, in the order they were written.
 *
 * @param schemaVersion the newest database migration of the instance that wrote it
 */
public record BackupSummary(int formatVersion, String schemaVersion, Instant createdAt, Map<String, Long> rows) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
