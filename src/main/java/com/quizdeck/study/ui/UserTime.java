package com.quizdeck.study.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Times as a student reads them: in their browser's time zone and language. The service keeps UTC instants; only
 * views turn them into wall-clock words ("today at 2:32 PM", "in 10 min").
 */
final class UserTime {

    private final ZoneId zone;
    private final Locale locale;

    UserTime(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    /** The browser's time zone as Vaadin reports it; the server's while it is not known yet. */
    static UserTime of(UI ui) {
        var locale = ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
        var details = ui.getPage().getExtendedClientDetails();
        var id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return new UserTime(ZoneId.of(id), locale);
            } catch (DateTimeException e) {
                // An id Java does not know: fall through to the server's zone.
            }
        }
        return new UserTime(ZoneId.systemDefault(), locale);
    }

    /** Whether the browser has told its time zone yet (Vaadin asks it when the page loads). */
    static boolean known(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        return details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank();
    }

    ZoneId zone() {
        return zone;
    }

    /** "2:32 PM" */
    String time(Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
    }

    /** "Nov 28, 2026, 2:32 PM" */
    String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at);
    }

    /** "Nov 28" style: day and month for chart labels. */
    String shortDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM", locale).format(day);
    }

    String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /**
     * When a card is due, relative to now: "now", "today at 2:32 PM", "tomorrow at 9:10 AM", "Friday at 9:10 AM"
     * (within a week), else the date.
     */
    String due(Instant due, Instant now) {
        if (!due.isAfter(now)) {
            return translate("study.when.now");
        }
        var today = LocalDate.ofInstant(now, zone);
        var day = LocalDate.ofInstant(due, zone);
        if (day.equals(today)) {
            return translate("study.when.today", time(due));
        }
        if (day.equals(today.plusDays(1))) {
            return translate("study.when.tomorrow", time(due));
        }
        if (day.isBefore(today.plusDays(7))) {
            return translate("study.when.weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale), time(due));
        }
        return translate("study.when.date", longDate(day));
    }

    /** A text of the study bundle in this reader's language. */
    private String translate(String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.translate(locale, key, params);
    }

    /** "in 10 min (2:32 PM)" within a day, else like {@link #due}. */
    String untilDue(Instant due, Instant now) {
        var wait = Duration.between(now, due);
        if (wait.isNegative() || wait.isZero()) {
            return translate("study.when.now");
        }
        if (wait.compareTo(Duration.ofHours(12)) < 0) {
            return translate("study.when.in", Intervals.label(wait, locale), time(due));
        }
        return due(due, now);
    }
}
