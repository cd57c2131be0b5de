package com.quizdeck.dashboard.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses which attempts count, as Moodle's {@code quiz_report_qm_filter_select()} does: only finished attempts are
 * considered; "first" and "last" go by attempt number, "best" by total mark with ties to the lower attempt number.
 */
public final class AttemptSelector {

    private static final Comparator<Attempt> BY_NUMBER = Comparator.comparingInt(Attempt::attemptNumber);

    /** Best first: higher total, then lower attempt number. */
    private static final Comparator<Attempt> BEST_FIRST =
            Comparator.comparingDouble(Attempt::totalMark).reversed().thenComparing(BY_NUMBER);

    private AttemptSelector() {
    }

    /**
     * Marks each attempt as first / last / best of its student. The result keeps the input order. Unfinished attempts
     * get no role.
     */
    public static List<ClassifiedAttempt> classify(List<Attempt> attempts) {
        Objects.requireNonNull(attempts, "attempts");
        Map<String, List<Attempt>> finishedByStudent = new LinkedHashMap<>();
        for (Attempt attempt : attempts) {
            if (attempt.finished()) {
                finishedByStudent.computeIfAbsent(attempt.studentId(), k -> new ArrayList<>()).add(attempt);
            }
        }
        Map<Attempt, Attempt> firsts = new IdentityHashMap<>();
        Map<Attempt, Attempt> lasts = new IdentityHashMap<>();
        Map<Attempt, Attempt> bests = new IdentityHashMap<>();
        for (List<Attempt> own : finishedByStudent.values()) {
            Attempt first = own.stream().min(BY_NUMBER).orElseThrow();
            Attempt last = own.stream().max(BY_NUMBER).orElseThrow();
            Attempt best = own.stream().min(BEST_FIRST).orElseThrow();
            firsts.put(first, first);
            lasts.put(last, last);
            bests.put(best, best);
        }
        List<ClassifiedAttempt> result = new ArrayList<>(attempts.size());
        for (Attempt attempt : attempts) {
            result.add(new ClassifiedAttempt(attempt,
                    firsts.containsKey(attempt), lasts.containsKey(attempt), bests.containsKey(attempt)));
        }
        return List.copyOf(result);
    }

    /** The attempts that count under {@code which}, in input order. */
    public static List<Attempt> select(List<Attempt> attempts, WhichAttempts which) {
        Objects.requireNonNull(which, "which");
        return classify(attempts).stream()
                .filter(c -> c.countsFor(which))
                .map(ClassifiedAttempt::attempt)
                .toList();
    }

    /** Counts and mean total mark for each of the four selections (Moodle's firstattemptscount/avg and friends). */
    static Map<WhichAttempts, SelectionSummary> summaries(List<Attempt> attempts) {
        List<ClassifiedAttempt> classified = classify(attempts);
        Map<WhichAttempts, SelectionSummary> result = new HashMap<>();
        for (WhichAttempts which : WhichAttempts.values()) {
            int count = 0;
            double sum = 0.0;
            for (ClassifiedAttempt c : classified) {
                if (c.countsFor(which)) {
                    count++;
                    sum += c.attempt().totalMark();
                }
            }
            result.put(which, new SelectionSummary(count, count == 0 ? null : sum / count));
        }
        return Map.copyOf(result);
    }
}
