package com.quizdeck.dashboard.stats;

import java.util.List;

/**
 * Counts of total scores in equal-width bands of percent of the maximum total mark. Every band includes its lower
 * bound and excludes its upper bound, except the last band, which also includes 100 % (as Moodle's
 * {@code quiz_report_grade_bands()} folds the perfect grade into the last band).
 *
 * @param buckets the bands, lowest first
 */
public record ScoreHistogram(List<Bucket> buckets) {

    public ScoreHistogram {
        buckets = List.copyOf(buckets);
    }

    /** Total number of scores counted. */
    public int total() {
        return buckets.stream().mapToInt(Bucket::count).sum();
    }

    /**
     * One band.
     *
     * @param fromPercent    lower bound, inclusive
     * @param toPercent      upper bound; exclusive except for the last band
     * @param upperInclusive whether {@code toPercent} itself falls in this band
     * @param count          number of scores in the band
     */
    public record Bucket(double fromPercent, double toPercent, boolean upperInclusive, int count) {
    }
}
