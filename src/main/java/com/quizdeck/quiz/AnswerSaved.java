package com.quizdeck.quiz;

import java.time.Instant;

/**
 * The server kept an answer.
 *
 * @param version               the answer row's new version
 * @param replacedAnotherAnswer the answer replaced one saved meanwhile from another tab or device
 *                              (the later answer wins; this tab should say so)
 */
public record AnswerSaved(int position, long version, Instant savedAt, boolean replacedAnotherAnswer) {
}
