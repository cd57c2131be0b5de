package com.quizdeck.study;

import java.util.List;

/** A student's last days of reviews, for the chart: one entry per day, oldest first, today last. */
public record StudyActivity(List<DayActivity> days) {

    public StudyActivity {
        days = List.copyOf(days);
    }

    public int reviews() {
        return days.stream().mapToInt(DayActivity::reviews).sum();
    }

    public int recallReviews() {
        return days.stream().mapToInt(DayActivity::recallReviews).sum();
    }

    /** Share of learnt cards recalled over the whole period; null when there was none to recall. */
    public Double retention() {
        int recalled = days.stream().mapToInt(DayActivity::recalled).sum();
        return recallReviews() == 0 ? null : (double) recalled / recallReviews();
    }

    public int maxReviewsPerDay() {
        return days.stream().mapToInt(DayActivity::reviews).max().orElse(0);
    }
}
