package com.quizdeck.live;

/** ACTIVE plays; REMOVED was taken out by the host but may come back; BANNED may not. */
public enum PlayerStatus {
    ACTIVE, REMOVED, BANNED
}
