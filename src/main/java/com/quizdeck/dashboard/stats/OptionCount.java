package com.quizdeck.dashboard.stats;

/**
 * How often one option was chosen.
 *
 * @param label      the option's label
 * @param fraction   its grade fraction
 * @param key        it is a correct answer: it has the highest fraction of the question, and that fraction is
 *                   positive
 * @param distractor it is a wrong option (fraction 0 or negative)
 * @param count      number of responding attempts that chose it
 * @param percent    100 × count / responding attempts; 0 when nobody responded
 */
public record OptionCount(String label, double fraction, boolean key, boolean distractor, int count, double percent) {
}
