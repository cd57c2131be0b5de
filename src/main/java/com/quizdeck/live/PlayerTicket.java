package com.quizdeck.live;

/**
 * What a player's browser keeps (in its session) to act as that player and to come back after a reload,
 * a lost connection or, for a signed-in student, on another phone.
 */
public record PlayerTicket(Long sessionId, Long playerId, String token, String name) implements java.io.Serializable {
}
