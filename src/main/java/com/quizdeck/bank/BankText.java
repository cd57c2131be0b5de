package com.quizdeck.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded or checked-out bank into text, refusing what is not a text
 * bank: files over {@link #MAX_BYTES}, binary data, UTF-16 and anything that is not UTF-8. Every
 * refusal names its line so that the author can find the stray byte.
 */
final class BankText {

    /** Large enough for thousands of questions; small enough that parsing cannot exhaust memory. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private BankText() {
    }

    /** The decoded text, or the problem that stopped decoding. */
    record Decoded(String text, BankProblem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes, so a huge file is refused without loading it. */
    static Decoded read(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            var bytes = in.readNBytes(MAX_BYTES + 1);
            return decode(name, bytes);
        } catch (IOException e) {
            return new Decoded(null, new BankProblem(name, 1, 1, "cannot read the file: " + e.getMessage()));
        }
    }

    static Decoded decode(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failure(name, 1, 1, "the file is larger than 5 MB; split it into several banks");
        }
        var utf16 = utf16ByteOrderMark(bytes);
        if (utf16.isPresent()) {
            return failure(name, 1, 1, "the file is " + utf16.get() + "; save it as UTF-8");
        }
        int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        var control = firstControlByte(bytes, start);
        if (control >= 0) {
            var at = positionOfByte(bytes, start, control);
            return failure(name, at.line(), at.column(), String.format(
                    "the file contains binary data (byte 0x%02X); a bank must be a UTF-8 text file", bytes[control]));
        }
        return strictUtf8(name, bytes, start);
    }

    private static Decoded failure(String name, int line, int column, String message) {
        return new Decoded(null, new BankProblem(name, line, column, message));
    }

    private static Optional<String> utf16ByteOrderMark(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of("UTF-16 (big-endian)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of("UTF-16 (little-endian)");
        }
        return Optional.empty();
    }

    private static boolean hasUtf8ByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * The first C0 control byte other than tab, line feed, form feed and carriage return. In UTF-8
     * these bytes never occur inside a multi-byte character, so a byte scan is exact.
     */
    private static int firstControlByte(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static Decoded strictUtf8(String name, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            var at = positionOfByte(bytes, start, bad);
            return failure(name, at.line(), at.column(), String.format(
                    "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8 (it may be Latin-1 or Windows-1252)",
                    bytes[Math.min(bad, bytes.length - 1)]));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    /** Line and column (in characters) of byte {@code index}; lines end at LF, CRLF or CR. */
    static SourcePosition positionOfByte(byte[] b, int start, int index) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < index; i++) {
            if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < index; i++) {
            if ((b[i] & 0xC0) != 0x80) { // count characters, not continuation bytes
                column++;
            }
        }
        return new SourcePosition(line, column);
    }

    /** Line and column of character {@code index} in decoded text. */
    static SourcePosition positionOfChar(String text, int index) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, end - lineStart + 1);
    }
}
