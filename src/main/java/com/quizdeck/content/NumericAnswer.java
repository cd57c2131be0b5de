package com.quizdeck.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An accepted answer of a numeric question or blank: a value with a tolerance, or a range.
 * Numbers are {@link BigDecimal} so that what a teacher wrote ({@code 3.1415}, {@code 0.0005})
 * is written back unchanged.
 */
public sealed interface NumericAnswer permits NumericAnswer.Value, NumericAnswer.Range {

    /** Credit in percent, 0..100. */
    double weight();

    /** Optional feedback shown when this answer matched. */
    String feedback();

    boolean accepts(BigDecimal response);

    /** Human-readable form, e.g. {@code 1822 ± 2} or {@code 3.141 to 3.142}. */
    String describe();

    /** {@code value ± tolerance}. */
    record Value(BigDecimal value, BigDecimal tolerance, double weight, String feedback) implements NumericAnswer {
        public Value {
            Objects.requireNonNull(value, "value");
            // 0, 0.0 and no tolerance mean the same; one representation keeps equality and round trips simple.
            tolerance = tolerance == null || tolerance.signum() == 0 ? BigDecimal.ZERO : tolerance;
        }

        public static Value exactly(BigDecimal value) {
            return new Value(value, BigDecimal.ZERO, 100, null);
        }

        @Override
        public boolean accepts(BigDecimal response) {
            return response.subtract(value).abs().compareTo(tolerance.abs()) <= 0;
        }

        @Override
        public String describe() {
            return tolerance.signum() == 0 ? value.toPlainString()
                    : value.toPlainString() + " ± " + tolerance.toPlainString();
        }
    }

    /** Any number from {@code min} to {@code max}, both included. */
    record Range(BigDecimal min, BigDecimal max, double weight, String feedback) implements NumericAnswer {
        public Range {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public boolean accepts(BigDecimal response) {
            return response.compareTo(min) >= 0 && response.compareTo(max) <= 0;
        }

        @Override
        public String describe() {
            return min.toPlainString() + " to " + max.toPlainString();
        }
    }
}
