package com.quizdeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_file_starts_with_a_byte_order_mark_then_the_header_and_uses_crlf() {
        var bytes = Csv.write(List.of("Student", "Best %"), List.of(List.of(Csv.Cell.text("Chloé Martin"),
                Csv.Cell.number("66.7"))));

        assertThat(Arrays.copyOfRange(bytes, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Student,Best %\r\nChloé Martin,66.7\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted() {
        assertThat(Csv.field(Csv.Cell.text("1961, 2000 and 2024"))).isEqualTo("\"1961, 2000 and 2024\"");
        assertThat(Csv.field(Csv.Cell.text("the \"key\""))).isEqualTo("\"the \"\"key\"\"\"");
        assertThat(Csv.field(Csv.Cell.text("two\nlines"))).isEqualTo("\"two\nlines\"");
    }

    @Test
    void text_that_looks_like_a_formula_cannot_run_in_a_spreadsheet_but_numbers_stay_numbers() {
        assertThat(Csv.field(Csv.Cell.text("=HYPERLINK(\"x\")"))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field(Csv.Cell.text("+1"))).isEqualTo("'+1");
        assertThat(Csv.field(Csv.Cell.text("@sum"))).isEqualTo("'@sum");
        assertThat(Csv.field(Csv.Cell.number("-12.5"))).isEqualTo("-12.5");
    }
}
