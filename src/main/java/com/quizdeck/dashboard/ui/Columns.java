package com.quizdeck.dashboard.ui;

import com.quizdeck.dashboard.StudentDeckRow;

/** The progress columns shared by the class grid, the student page and "My progress". */
final class Columns {

    private Columns() {
    }

    static void progress(DataTable<StudentDeckRow> table, Translator tr, Dates dates) {
        table.number(tr.t("dashboard.col.attempts"), StudentDeckRow::attempts, 0)
                .number(tr.t("dashboard.col.best"), StudentDeckRow::bestPercent, 1)
                .number(tr.t("dashboard.col.last"), StudentDeckRow::lastPercent, 1)
                .number(tr.t("dashboard.col.completion"), r -> 100 * r.completion(), 0)
                .number(tr.t("dashboard.col.due"), StudentDeckRow::cardsDue, 0)
                .number(tr.t("dashboard.col.memory"), r -> r.memory() == null ? null : 100 * r.memory(), 0)
                .sorted(tr.t("dashboard.col.activity"), r -> dates.dateTime(r.lastActivity()),
                        StudentDeckRow::lastActivity);
    }

    /** {@code getTranslation} of the view. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... params);

        default String t(String key) {
            return translate(key);
        }
    }
}
