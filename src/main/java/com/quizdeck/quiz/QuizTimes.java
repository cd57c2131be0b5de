package com.quizdeck.quiz;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }
}
