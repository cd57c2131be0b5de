package com.quizdeck.live;

/**
 * Where a live game is. The host moves it on: lobby, then for each question open (answers count),
 * locked (time up, everyone answered or by hand), revealed (the correct answer), leaderboard; and at
 * last ended (the podium).
 */
public enum LiveState {
    LOBBY, OPEN, LOCKED, REVEALED, LEADERBOARD, ENDED
}
