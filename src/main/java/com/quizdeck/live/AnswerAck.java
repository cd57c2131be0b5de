package com.quizdeck.live;

import java.time.Instant;

/**
 * The server has the answer (it is in the database). Says nothing about right or wrong: that waits for
 * the reveal, so that nobody can tell the class before time is up.
 */
public record AnswerAck(int position, Instant receivedAt, long answerMillis) {
}
