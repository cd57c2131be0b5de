package com.quizdeck.dashboard.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the reader's browser shows them (its time zone), in one unambiguous numeric form that also sorts and
 * reads well in a spreadsheet: {@code 2026-11-28 14:32}.
 */
final class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ZoneId zone;

    Dates(ZoneId zone) {
        this.zone = zone;
    }

    static Dates of(UI ui) {
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        var id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return new Dates(ZoneId.of(id));
            } catch (DateTimeException e) {
                // unknown to Java: the server's zone below
            }
        }
        return new Dates(ZoneId.systemDefault());
    }

    ZoneId zone() {
        return zone;
    }

    String dateTime(Instant at) {
        return at == null ? "–" : DATE_TIME.withZone(zone).format(at);
    }

    String day(LocalDate day) {
        return DAY.format(day);
    }
}
