package com.quizdeck.study;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quizdeck.study.*}.
 *
 * @param newCardsPerDay the daily limit of new cards per deck unless a student sets their own (default 20)
 * @param fuzz           spread review intervals randomly, as FSRS does, so that cards learnt together part ways
 *                       (default true)
 */
@ConfigurationProperties("quizdeck.study")
record StudyProperties(Integer newCardsPerDay, Boolean fuzz) {

    static final int MAX_NEW_PER_DAY = 9999;

    StudyProperties {
        newCardsPerDay = newCardsPerDay == null ? 20 : newCardsPerDay;
        fuzz = fuzz == null ? Boolean.TRUE : fuzz;
        if (newCardsPerDay < 0 || newCardsPerDay > MAX_NEW_PER_DAY) {
            throw new IllegalArgumentException("quizdeck.study.new-cards-per-day must be 0 to " + MAX_NEW_PER_DAY
                    + ", got " + newCardsPerDay);
        }
    }
}
