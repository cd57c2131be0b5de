package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumberInputTest {

    private static List<BigDecimal> read(String raw) {
        return NumberInput.readings(raw);
    }

    private static void assertReads(String raw, String expected) {
        var readings = read(raw);
        assertThat(readings).as(raw).hasSize(1);
        assertThat(readings.getFirst()).as(raw).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "42|42", "-7|-7", "+7|7", "−7|-7", "- 7|-7", "  1822  |1822", "007|7",
            "3.5|3.5", "3,5|3.5", "0.25|0.25", "0,25|0.25", ".5|0.5", ",5|0.5", "5.|5", "3.1415|3.1415",
            "3,14159|3.14159", "1,0000|1.0000", "0,500|0.5", "1234.567|1234.567", "1234,567|1234.567"})
    void plain_numbers_with_a_point_or_a_comma_as_decimal_separator(String raw, String expected) {
        assertReads(raw, expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 000|1000", "1\u00A0000|1000", "1\u202F000|1000", "1\u2009000 000|1000000", "1'000'000|1000000",
            "1’000|1000", "1 000,5|1000.5", "1 000.5|1000.5", "-12 345 678,9|-12345678.9"})
    void spaces_and_apostrophes_between_digit_groups_are_thousands_separators(String raw, String expected) {
        assertReads(raw, expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "'1,000.5'|1000.5", "1.000,5|1000.5", "'1,234,567.89'|1234567.89", "1.234.567,89|1234567.89"})
    void with_both_separators_the_last_one_is_the_decimal_separator(String raw, String expected) {
        assertReads(raw, expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"'1,000,000'|1000000", "1.000.000|1000000", "'12,345,678'|12345678"})
    void one_separator_used_several_times_is_a_thousands_separator(String raw, String expected) {
        assertReads(raw, expected);
    }

    @ParameterizedTest(name = "\"{0}\" may be {1} or {2}")
    @CsvSource(delimiter = '|', value = {"'1,000'|1.000|1000", "1.000|1.000|1000", "'3,142'|3.142|3142",
            "3.142|3.142|3142", "'999,999'|999.999|999999"})
    void one_separator_before_exactly_three_digits_is_read_both_ways(String raw, String decimal, String thousands) {
        assertThat(read(raw)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(decimal), new BigDecimal(thousands));
    }

    @ParameterizedTest(name = "\"{0}\" is not ambiguous")
    @ValueSource(strings = {"0,500", "1234,567", "1,00", "1,0000", ",500"})
    void a_separator_that_cannot_be_grouping_is_decimal(String raw) {
        assertThat(read(raw)).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"6.02e23|6.02E+23", "1E-3|0.001", "2,5e2|250", "-1.5E+2|-150"})
    void an_exponent_is_allowed(String raw, String expected) {
        assertReads(raw, expected);
    }

    @Test
    void digits_of_other_scripts_and_fullwidth_digits_are_read() {
        assertReads("١٨٢٢", "1822");
        assertReads("１８２２", "1822");
        assertReads("१८२२", "1822");
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"", "   ", "abc", "twelve", "1822 AD", "$5", "50%", "1/2", "NaN", "Infinity", "0x1F",
            "1..5", "1,,000", "1.,5", "1 000 000.000,5", "1,00,000", "12 34", "1 0000", "1.000.5", "1,000.000.5",
            "1,000,5", ".", ",", "-", "+-5", "1e", "e5", "1'", "'1", "1 .5", "3.5.", "1e999999999999"})
    void anything_else_is_not_a_number(String raw) {
        assertThat(read(raw)).isEmpty();
        assertThat(NumberInput.isNumber(raw)).isFalse();
    }
}
