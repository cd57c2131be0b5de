package com.quizdeck.live;

/** What a join page needs to know about a game before joining it. */
public record JoinInfo(Long sessionId, String joinCode, String title, LiveState state, boolean guestsAllowed,
        boolean lateJoinAllowed) {
}
