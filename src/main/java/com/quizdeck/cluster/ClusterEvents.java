package com.quizdeck.cluster;

import java.util.function.Consumer;

/**
 * Small messages between the application nodes that share one database: "game 42 changed", nothing
 * more. The state itself is always in the database; a message only tells the other nodes to read it
 * again. On PostgreSQL they travel by {@code LISTEN/NOTIFY}; on the embedded H2 there is one node and
 * {@link #publish} does nothing.
 *
 * <p>A handler never receives this node's own messages. After the connection that listens was lost
 * and is back, every handler receives {@link #RESYNC}: messages may have been missed, so read everything
 * again.
 */
public interface ClusterEvents {

    /** The body a handler receives after a gap in listening: resynchronise everything of the topic. */
    String RESYNC = "*";

    /** True when other nodes may exist (PostgreSQL): the state must then be read from the database. */
    boolean clustered();

    /** Tells the other nodes; at most a few hundred characters of body. Never throws. */
    void publish(String topic, String body);

    /** Calls {@code handler} (on a background thread) for each message of {@code topic} from another node. */
    void subscribe(String topic, Consumer<String> handler);
}
