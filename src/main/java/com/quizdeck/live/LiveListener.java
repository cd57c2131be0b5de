package com.quizdeck.live;

/**
 * A screen that follows a game. Called from a server thread, never the screen's own: a Vaadin view
 * wraps its work in {@code ui.access}. Must be quick and must not throw.
 */
@FunctionalInterface
public interface LiveListener {

    void changed(LiveSnapshot snapshot);
}
