package com.quizdeck.quiz;

/** When a student learns whether an answer was right. */
public enum FeedbackTiming {
    /** A "Check" button under each question shows its result at once; the answer is then final. */
    AFTER_EACH_QUESTION,
    /** Results only in the review, after the whole attempt is submitted. */
    AFTER_SUBMIT
}
