package com.quizdeck.study.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Review intervals in few characters for buttons ("10 min", "3 d", "1.5 mo") and in words for screen readers. */
final class Intervals {

    private static final double DAYS_PER_MONTH = 365.2425 / 12;
    private static final double DAYS_PER_YEAR = 365.2425;

    private Intervals() {
    }

    /** "1 min", "5.5 min", "3 h", "3 d", "1.5 mo", "1.4 y" */
    static String label(Duration interval) {
        return format(interval, false);
    }

    /** "1 minute", "5.5 minutes", "3 hours", "3 days", "1.5 months", "1.4 years" */
    static String words(Duration interval) {
        return format(interval, true);
    }

    private static String format(Duration interval, boolean words) {
        double seconds = Math.max(0, interval.toMillis() / 1000.0);
        double minutes = seconds / 60;
        if (minutes < 60) {
            var n = number(Math.max(minutes, 1), minutes < 10);
            return n + (words ? unit(n, "minute") : " min");
        }
        double hours = minutes / 60;
        if (hours < 24) {
            var n = number(hours, hours < 10);
            return n + (words ? unit(n, "hour") : " h");
        }
        double days = hours / 24;
        if (days < 31) {
            var n = number(days, false);
            return n + (words ? unit(n, "day") : " d");
        }
        if (days < DAYS_PER_YEAR) {
            var n = number(days / DAYS_PER_MONTH, true);
            return n + (words ? unit(n, "month") : " mo");
        }
        var n = number(days / DAYS_PER_YEAR, true);
        return n + (words ? unit(n, "year") : " y");
    }

    /** Whole, or with one decimal when asked and not whole (half up, as people round). */
    private static String number(double value, boolean oneDecimal) {
        var rounded = BigDecimal.valueOf(value).setScale(oneDecimal ? 1 : 0, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString();
    }

    private static String unit(String number, String singular) {
        return " " + (number.equals("1") ? singular : singular + "s");
    }
}
