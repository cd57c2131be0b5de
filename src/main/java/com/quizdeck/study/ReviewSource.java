package com.quizdeck.study;

/** Where a review in the log came from. */
public enum ReviewSource {
    /** Rated on the study screen. */
    STUDY,
    /** A graded answer in a submitted quiz attempt. */
    QUIZ,
    /** A graded answer in a live session (for the live module; see {@link StudyService#recordAnswers}). */
    LIVE,
    /** Practice ahead ("cram"): logged, but the card's schedule is left as it was. */
    CRAM;

    /** Whether a review from here moves the card's schedule. */
    public boolean schedules() {
        return this != CRAM;
    }
}
