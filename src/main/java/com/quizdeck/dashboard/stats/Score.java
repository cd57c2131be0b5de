package com.quizdeck.dashboard.stats;

/**
 * A quantity on the scale of total marks, given both in marks and in percent of the quiz's maximum total mark (the
 * way Moodle's report shows it, {@code quiz_report_scale_summarks_as_percentage()}).
 *
 * @param marks   the value in marks
 * @param percent {@code 100 * marks / maxTotalMark}
 */
public record Score(double marks, double percent) {

    static Score of(double marks, double maxTotalMark) {
        return new Score(marks, maxTotalMark == 0.0 ? 0.0 : 100.0 * marks / maxTotalMark);
    }
}
