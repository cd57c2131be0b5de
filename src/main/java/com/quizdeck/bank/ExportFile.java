package com.quizdeck.bank;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A downloadable export: name, media type, bytes, and what the format could not hold. */
public record ExportFile(String fileName, String mediaType, byte[] bytes, List<SkippedQuestion> skipped) {

    static ExportFile utf8(String fileName, String mediaType, String text, List<SkippedQuestion> skipped) {
        return new ExportFile(fileName, mediaType, text.getBytes(StandardCharsets.UTF_8), List.copyOf(skipped));
    }
}
