package com.quizdeck.grading;

import java.util.Map;
import java.util.Objects;

/**
 * The right-hand answer chosen for each left item of a matching question. Pairs left unanswered are simply
 * absent.
 *
 * @param rightByLeft index into {@code MatchingQuestion.pairs()} (the left item) to the chosen right-hand text,
 *                    which is one of the pairs' {@code right()} texts or a distractor
 */
public record MatchingResponse(Map<Integer, String> rightByLeft) implements Response {

    public MatchingResponse {
        rightByLeft = Map.copyOf(Objects.requireNonNull(rightByLeft, "rightByLeft"));
    }
}
