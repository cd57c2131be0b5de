/**
 * Grading as pure functions: a {@link com.quizdeck.content.Question} and a {@link com.quizdeck.grading.Response}
 * in, a {@link com.quizdeck.grading.Grade} out. No Spring, no database, no clock, no randomness.
 *
 * <p>Entry point: {@link com.quizdeck.grading.Grader#grade}. Behind it is one small grader per question type
 * (package-private); the rules of each type are written on that class. Text answers follow
 * {@link com.quizdeck.grading.TextAnswers}, typed numbers {@link com.quizdeck.grading.NumberInput}.
 *
 * <p>Options, pairs and items have no ids in the content model, so responses point at them by their
 * index in the question's own lists (the stored order, never the shuffled display order).
 */
@NullMarked
package com.quizdeck.grading;

import org.jspecify.annotations.NullMarked;
