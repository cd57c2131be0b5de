package com.quizdeck.grading;

/** The student's "true" or "false". */
public record TrueFalseResponse(boolean answer) implements Response {
}
