package com.quizdeck.live;

import java.time.Instant;

/**
 * Published for every answer a live game accepted and graded, inside the transaction that stored it
 * (listen with {@code @TransactionalEventListener} to act after the commit). The flashcard scheduler
 * counts a student's answer as a review; guests have no cards.
 *
 * @param studentId    null for a guest
 * @param deckId       the deck the game is played from
 * @param questionId   the deck question (stable across edits)
 * @param versionId    the exact version the player saw
 * @param fraction     0..1
 * @param answerMillis from the question opening (on the server) to the answer's arrival
 */
public record LiveAnswerGraded(Long sessionId, Long studentId, Long deckId, Long questionId, Long versionId, double fraction,
        long answerMillis, Instant answeredAt) {
}
