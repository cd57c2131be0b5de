package com.quizdeck.dashboard.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Distractor analysis of choice questions: how often each option was chosen, with plain-language hints.
 *
 * <p>The hints are our own heuristics (Moodle only shows the counts): a wrong option chosen more often than the
 * correct answer suggests a wrong key or a misleading wording; a wrong option nobody chose is not a plausible
 * distractor; a negative or low discrimination index (from {@link QuestionStatistics#discriminationIndex()}) means
 * the question does not separate stronger from weaker students.
 */
public final class DistractorAnalysis {

    private DistractorAnalysis() {
    }

    /**
     * When hints are given.
     *
     * @param minRespondents         option hints ("most chose", "nobody chose") need at least this many responding
     *                               attempts; below it the counts say little
     * @param lowDiscriminationBelow a discrimination index at or above 0 but below this gets a "low discrimination"
     *                               hint
     */
    public record HintPolicy(int minRespondents, double lowDiscriminationBelow) {

        /** At least 5 respondents; discrimination below 20 is low. */
        public static final HintPolicy DEFAULT = new HintPolicy(5, 20.0);

        public HintPolicy {
            if (minRespondents < 1) {
                throw new IllegalArgumentException("minRespondents must be at least 1: " + minRespondents);
            }
        }
    }

    /**
     * Single-answer question, one chosen label per attempt ({@code null} for no answer), default policy.
     */
    public static DistractorReport singleChoice(
            List<ChoiceOption> options, List<@Nullable String> chosen, @Nullable Double discriminationIndex) {
        List<Set<String>> responses = new ArrayList<>(chosen.size());
        for (String label : chosen) {
            responses.add(label == null ? Set.of() : Set.of(label));
        }
        return analyse(options, responses, discriminationIndex, HintPolicy.DEFAULT);
    }

    /**
     * Any choice question, the set of chosen labels per attempt (empty for no answer). For a multiple-response
     * question an attempt may choose several options; percentages are then of responding attempts and add up to more
     * than 100.
     */
    public static DistractorReport analyse(List<ChoiceOption> options, List<? extends Collection<String>> responses,
            @Nullable Double discriminationIndex, HintPolicy policy) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int respondents = 0;
        int noResponse = 0;
        for (Collection<String> response : responses) {
            if (response.isEmpty()) {
                noResponse++;
                continue;
            }
            respondents++;
            for (String label : new HashSet<>(response)) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        return fromCounts(options, counts, respondents, noResponse, discriminationIndex, policy);
    }

    /**
     * From aggregate counts, as a database query would give them.
     *
     * @param options             the question's options, in display order
     * @param counts              times each option was chosen, by label; missing labels count 0
     * @param respondents         attempts that chose at least one option (for a single-answer question: the sum of
     *                            the counts)
     * @param noResponse          attempts that chose nothing
     * @param discriminationIndex the question's discrimination index, or {@code null} if undefined
     * @param policy              when to give hints
     * @throws IllegalArgumentException for a count of an unknown label, duplicate labels or negative numbers
     */
    public static DistractorReport fromCounts(List<ChoiceOption> options, Map<String, Integer> counts,
            int respondents, int noResponse, @Nullable Double discriminationIndex, HintPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (respondents < 0 || noResponse < 0) {
            throw new IllegalArgumentException("respondents and noResponse must not be negative");
        }
        Set<String> labels = new HashSet<>();
        for (ChoiceOption option : options) {
            if (!labels.add(option.label())) {
                throw new IllegalArgumentException("option " + option.label() + " appears twice");
            }
        }
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (!labels.contains(entry.getKey())) {
                throw new IllegalArgumentException("count for unknown option " + entry.getKey());
            }
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("negative count for option " + entry.getKey());
            }
        }

        double keyFraction = options.stream().mapToDouble(ChoiceOption::fraction).max().orElse(0.0);
        List<OptionCount> optionCounts = new ArrayList<>(options.size());
        for (ChoiceOption option : options) {
            int count = counts.getOrDefault(option.label(), 0);
            boolean key = keyFraction > 0.0 && option.fraction() == keyFraction;
            double percent = respondents == 0 ? 0.0 : 100.0 * count / respondents;
            optionCounts.add(new OptionCount(option.label(), option.fraction(), key, option.distractor(), count,
                    percent));
        }

        List<DistractorHint> hints = new ArrayList<>();
        if (respondents >= policy.minRespondents()) {
            optionHints(optionCounts, hints);
        }
        if (discriminationIndex != null) {
            if (discriminationIndex < 0.0) {
                hints.add(new DistractorHint(DistractorHint.Kind.NEGATIVE_DISCRIMINATION, null, String.format(
                        Locale.ROOT, "Negative discrimination (%.1f): students who did better on the rest of the quiz"
                                + " did worse on this question: check the key", discriminationIndex)));
            } else if (discriminationIndex < policy.lowDiscriminationBelow()) {
                hints.add(new DistractorHint(DistractorHint.Kind.LOW_DISCRIMINATION, null, String.format(
                        Locale.ROOT, "Low discrimination (%.1f): this question hardly separates stronger from weaker"
                                + " students", discriminationIndex)));
            }
        }
        return new DistractorReport(respondents, noResponse, optionCounts, hints);
    }

    private static void optionHints(List<OptionCount> options, List<DistractorHint> hints) {
        List<OptionCount> keys = options.stream().filter(OptionCount::key).toList();
        int maxCount = options.stream().mapToInt(OptionCount::count).max().orElse(0);
        long optionsWithMaxCount = options.stream().filter(o -> o.count() == maxCount).count();
        if (!keys.isEmpty()) {
            int keyCount = keys.stream().mapToInt(OptionCount::count).max().orElse(0);
            String keyLabels = keys.stream().map(OptionCount::label).collect(Collectors.joining(" / "));
            for (OptionCount option : options) {
                if (!option.distractor() || option.count() <= keyCount) {
                    continue;
                }
                String message = option.count() == maxCount && optionsWithMaxCount == 1
                        ? "Most students chose " + option.label() + ": check the key or the wording"
                        : "More students chose " + option.label() + " than the correct answer " + keyLabels
                                + ": check the key or the wording";
                hints.add(new DistractorHint(DistractorHint.Kind.WRONG_OPTION_PREFERRED, option.label(), message));
            }
        }
        for (OptionCount option : options) {
            if (option.distractor() && option.count() == 0) {
                hints.add(new DistractorHint(DistractorHint.Kind.UNUSED_DISTRACTOR, option.label(),
                        "Nobody chose " + option.label() + ": it is not a plausible distractor"));
            }
        }
    }
}
