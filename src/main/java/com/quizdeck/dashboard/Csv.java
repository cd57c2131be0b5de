package com.quizdeck.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so that Excel does not guess a legacy code page), a
 * header row, comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break (RFC 4180).
 * A text cell that starts like a formula ({@code = + - @}, tab, carriage return) gets a leading apostrophe, so that a
 * student's name or answer cannot run as a formula in the teacher's spreadsheet; numbers are written as they are.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** A cell: text (guarded against formulas) or a number as shown on screen (written unchanged). */
    public record Cell(String value, boolean number) {

        public static Cell text(String value) {
            return new Cell(value == null ? "" : value, false);
        }

        public static Cell number(String value) {
            return new Cell(value == null ? "" : value, true);
        }
    }

    public static byte[] write(List<String> header, List<List<Cell>> rows) {
        var out = new StringBuilder();
        line(out, header.stream().map(Cell::text).toList());
        rows.forEach(row -> line(out, row));
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Cell cell) {
        var value = cell.value();
        if (!cell.number() && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
