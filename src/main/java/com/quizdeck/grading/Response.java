package com.quizdeck.grading;

/**
 * What a student answered. Each question type takes one kind of response (see {@link Grader}); any question
 * also takes {@link NoResponse}. Options, pairs and items are referred to by their index in the question's own
 * lists, because the content model gives them no ids: the index is into the stored order, not the shuffled order
 * a student saw.
 */
public sealed interface Response permits ChoiceResponse, MultiChoiceResponse, TrueFalseResponse, TextResponse,
        NumericResponse, MatchingResponse, OrderingResponse, ClozeResponse, SelfRatedResponse, OpenResponse,
        NoResponse {

    /** The student left the question unanswered. */
    static Response none() {
        return NoResponse.INSTANCE;
    }
}
