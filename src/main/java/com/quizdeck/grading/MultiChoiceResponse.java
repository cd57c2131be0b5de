package com.quizdeck.grading;

import java.util.Objects;
import java.util.Set;

/**
 * The options ticked in a multiple_response question; empty when none was ticked.
 *
 * @param optionIndexes indexes into {@code MultipleResponseQuestion.options()}
 */
public record MultiChoiceResponse(Set<Integer> optionIndexes) implements Response {

    public MultiChoiceResponse {
        optionIndexes = Set.copyOf(Objects.requireNonNull(optionIndexes, "optionIndexes"));
    }

    public static MultiChoiceResponse of(Integer... optionIndexes) {
        return new MultiChoiceResponse(Set.of(optionIndexes));
    }
}
