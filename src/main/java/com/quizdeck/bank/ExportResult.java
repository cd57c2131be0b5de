package com.quizdeck.bank;

import java.util.List;

/**
 * An exported bank and what did not make it: questions the target format cannot express, by id
 * and type, and warnings about questions that were written with some loss.
 */
public record ExportResult(String content, List<SkippedQuestion> skipped, List<String> warnings) {

    public ExportResult {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    static ExportResult complete(String content) {
        return new ExportResult(content, List.of(), List.of());
    }
}
