package com.quizdeck.live;

/** A player as the host's lists show them. {@code guest} is true for nickname-only players. */
public record PlayerInfo(Long playerId, String name, boolean guest, PlayerStatus status, int score) {
}
