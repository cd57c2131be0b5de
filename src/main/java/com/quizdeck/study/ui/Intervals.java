package com.quizdeck.study.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** Review intervals in few characters for buttons ("10 min", "3 d", "1.5 mo") and in words for screen readers. */
final class Intervals {

    private static final double DAYS_PER_MONTH = 365.2425 / 12;
    private static final double DAYS_PER_YEAR = 365.2425;

    private Intervals() {
    }

    /** "1 min", "5.5 min", "3 h", "3 d", "1.5 mo", "1.4 y" (the number as the reader writes it: "5,5 min") */
    static String label(Duration interval, Locale locale) {
        return format(interval, false, locale);
    }

    /** "1 minute", "5.5 minutes", "3 hours", "3 days", "1.5 months", "1.4 years" */
    static String words(Duration interval, Locale locale) {
        return format(interval, true, locale);
    }

    private static String format(Duration interval, boolean words, Locale locale) {
        double seconds = Math.max(0, interval.toMillis() / 1000.0);
        double minutes = seconds / 60;
        if (minutes < 60) {
            return text(locale, words ? "minutes" : "min", number(Math.max(minutes, 1), minutes < 10));
        }
        double hours = minutes / 60;
        if (hours < 24) {
            return text(locale, words ? "hours" : "h", number(hours, hours < 10));
        }
        double days = hours / 24;
        if (days < 31) {
            return text(locale, words ? "days" : "d", number(days, false));
        }
        if (days < DAYS_PER_YEAR) {
            return text(locale, words ? "months" : "mo", number(days / DAYS_PER_MONTH, true));
        }
        return text(locale, words ? "years" : "y", number(days / DAYS_PER_YEAR, true));
    }

    /** The bundle's text for the unit ("study.interval.min" and so on), the number formatted in the locale. */
    private static String text(Locale locale, String unit, BigDecimal number) {
        return I18NProvider.translate(locale, "study.interval." + unit, number);
    }

    /** Whole, or with one decimal when asked and not whole (half up, as people round). */
    private static BigDecimal number(double value, boolean oneDecimal) {
        return BigDecimal.valueOf(value).setScale(oneDecimal ? 1 : 0, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
