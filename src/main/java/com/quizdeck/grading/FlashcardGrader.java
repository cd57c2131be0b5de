package com.quizdeck.grading;

import com.quizdeck.content.FlashcardQuestion;

/**
 * flashcard, graded by the student's own rating: Again 0, Hard 1, Good 1, Easy 1.
 *
 * <p>Why Hard is full credit: "Hard" means "I recalled it, with effort", and FSRS counts it as a successful
 * recall too. The rating's real job is scheduling, which only works if students rate honestly; if Hard cost half
 * a point, pressing Good instead would pay, and the schedule would be built on inflated ratings. Again ("I did not
 * know it") is the only miss. How hard a recall was stays visible in the rating itself.
 */
final class FlashcardGrader {

    private FlashcardGrader() {
    }

    static Grade grade(FlashcardQuestion q, SelfRatedResponse r) {
        return Grade.of(fraction(r.rating()), Feedback.withGeneral(q));
    }

    static double fraction(SelfRating rating) {
        return switch (rating) {
            case AGAIN -> 0;
            case HARD, GOOD, EASY -> 1;
        };
    }
}
