package com.quizdeck.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ClusterEvents} on PostgreSQL: {@code pg_notify} on the application's pool to send, one
 * dedicated connection (outside the pool) that {@code LISTEN}s and polls
 * {@link PGConnection#getNotifications(int)} on its own thread to receive. A lost listening connection
 * is opened again after a short wait, and every handler is then told {@link #RESYNC}.
 *
 * <p>One channel, {@value #CHANNEL}; a payload is {@code node|topic|body}, so that a node can skip its
 * own messages (PostgreSQL delivers them to every listener, the sender's too).
 */
@Slf4j
final class PostgresNotifyEvents implements ClusterEvents {

    static final String CHANNEL = "quizdeck_events";
    private static final int MAX_PAYLOAD = 7000;

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate jdbc;
    private final String url;
    private final String username;
    private final String password;
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cluster-dispatch").daemon().factory());
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection connection;

    PostgresNotifyEvents(JdbcTemplate jdbc, String url, String username, String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.username = username;
        this.password = password;
        this.listener = Thread.ofPlatform().name("cluster-listen").daemon().unstarted(this::listen);
    }

    void start() {
        listener.start();
    }

    void stop() {
        running = false;
        listener.interrupt();
        closeQuietly();
        dispatch.shutdown();
    }

    /** This node's name in messages and logs. */
    String node() {
        return node;
    }

    @Override
    public boolean clustered() {
        return true;
    }

    @Override
    public void publish(String topic, String body) {
        var payload = node + "|" + topic + "|" + body;
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("A cluster message must stay short; this one has " + payload.length()
                    + " characters");
        }
        try {
            jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload);
        } catch (RuntimeException e) {
            // The other nodes miss this one; they resynchronise when they next hear from the game.
            log.warn("cluster: could not send {} {}: {}", topic, body, e.getMessage());
        }
    }

    @Override
    public void subscribe(String topic, Consumer<String> handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try {
                connect();
                if (!first) {
                    log.info("cluster: listening again on {}; resynchronising", CHANNEL);
                    handlers.keySet().forEach(topic -> deliver(topic, RESYNC));
                }
                first = false;
                var pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (var n : notifications) {
                        received(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                first = false;
                log.warn("cluster: listening connection lost ({}); trying again in 2 s", e.getMessage());
                closeQuietly();
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void connect() throws SQLException {
        closeQuietly();
        var c = DriverManager.getConnection(url, username, password);
        c.setAutoCommit(true);
        try (var st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        connection = c;
        log.info("cluster: node {} listening on {}", node, CHANNEL);
    }

    private void received(String payload) {
        var parts = payload.split("\\|", 3);
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        deliver(parts[1], parts[2]);
    }

    private void deliver(String topic, String body) {
        var list = handlers.get(topic);
        if (list == null) {
            return;
        }
        dispatch.execute(() -> {
            for (var h : list) {
                try {
                    h.accept(body);
                } catch (RuntimeException e) {
                    log.warn("cluster: a handler of {} failed on {}", topic, body, e);
                }
            }
        });
    }

    private void closeQuietly() {
        var c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }
}
