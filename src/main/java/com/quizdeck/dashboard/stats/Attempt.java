package com.quizdeck.dashboard.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quiz attempt: who made it, when, and the mark obtained in each slot.
 *
 * @param studentId     the student; attempts of one student share it
 * @param attemptNumber 1 for a student's first attempt, 2 for the second, ...
 * @param startedAt     when the attempt started
 * @param finishedAt    when it was submitted; {@code null} while in progress (such attempts are never counted)
 * @param marks         the mark per slot, in the order of the slots given to the calculator (not the fraction: a
 *                      slot with max mark 2 answered half right has mark 1.0). A {@code null} element means "not
 *                      graded" (for example an essay awaiting manual grading) and counts as 0, as it does in Moodle.
 */
public record Attempt(
        String studentId,
        int attemptNumber,
        Instant startedAt,
        @Nullable Instant finishedAt,
        List<@Nullable Double> marks) {

    public Attempt {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(marks, "marks");
        marks = Collections.unmodifiableList(new ArrayList<>(marks));
    }

    /** Whether the attempt was submitted. */
    public boolean finished() {
        return finishedAt != null;
    }

    /** The mark of the slot at {@code index}, with "not graded" read as 0. */
    public double markAt(int index) {
        Double mark = marks.get(index);
        return mark == null ? 0.0 : mark;
    }

    /** The sum of all slot marks ("sumgrades" in Moodle), with "not graded" read as 0. */
    public double totalMark() {
        double total = 0.0;
        for (int i = 0; i < marks.size(); i++) {
            total += markAt(i);
        }
        return total;
    }
}
