package com.quizdeck.cluster;

import java.util.function.Consumer;

/** The embedded H2 database: one node, nobody else to tell. */
final class SingleNodeEvents implements ClusterEvents {

    @Override
    public boolean clustered() {
        return false;
    }

    @Override
    public void publish(String topic, String body) {
        // one node: every change was already applied here
    }

    @Override
    public void subscribe(String topic, Consumer<String> handler) {
        // nothing will ever arrive
    }
}
