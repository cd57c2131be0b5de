package com.quizdeck.grading;

/**
 * The one option picked in a single_choice question.
 *
 * @param optionIndex index into {@code SingleChoiceQuestion.options()}
 */
public record ChoiceResponse(int optionIndex) implements Response {
}
