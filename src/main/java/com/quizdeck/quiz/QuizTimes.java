package com.quizdeck.quiz;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times of quizzes as people read them, in the server's time zone (the school's; the
 * same convention as the class pages).
 */
public final class QuizTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private QuizTimes() {
    }

    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** In the reader's language and conventions ("Nov 28, 2026, 2:32 PM" in English (US)). */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone()));
    }

    /** In the reader's language and conventions ("2:32 PM" in English (US), "14:32" in German). */
    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone()));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }
}
