package com.quizdeck.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the integration tests, started once per test JVM: Debian's
 * {@code initdb} and {@code pg_ctl} make a throw-away cluster in a temporary folder on a free
 * loopback port, and a shutdown hook stops it. PostgreSQL refuses to run as root, so as root the
 * commands run as the {@code postgres} system user that Debian's package creates.
 *
 * <p>{@code QUIZDECK_TEST_PG_URL} (with {@code _USER} and {@code _PASSWORD}) points the tests at an
 * existing server instead.
 */
public final class ThrowawayPostgres {

    private static ThrowawayPostgres instance;

    final String url;
    final String username;
    final String password;

    private ThrowawayPostgres(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static synchronized ThrowawayPostgres get() {
        if (instance == null) {
            var external = System.getenv("QUIZDECK_TEST_PG_URL");
            instance = external != null && !external.isBlank()
                    ? new ThrowawayPostgres(external, System.getenv().getOrDefault("QUIZDECK_TEST_PG_USER", "postgres"),
                            System.getenv().getOrDefault("QUIZDECK_TEST_PG_PASSWORD", ""))
                    : start();
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A new, empty database on the same server (for tests that start whole application nodes); its JDBC URL. */
    public String newDatabase(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database names here are lower-case letters, digits and _");
        }
        try (var c = java.sql.DriverManager.getConnection(url, username, password); var st = c.createStatement()) {
            st.execute("drop database if exists " + name);
            st.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    private static ThrowawayPostgres start() {
        var bin = findBinaries();
        try {
            int port = freePort();
            var dir = Files.createTempDirectory("quizdeck-pg");
            var data = dir.resolve("data");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--no-sync"), root);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-o", "-p " + port + " -h 127.0.0.1 -k " + dir + " -c fsync=off -c max_connections=200", "-w", "start"),
                    root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } catch (Exception ignored) {
                    // the JVM is ending; a leftover temp folder is harmless
                }
            }));
            run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                    "postgres", "quizdeck_it"), root);
            return new ThrowawayPostgres("jdbc:postgresql://127.0.0.1:" + port + "/quizdeck_it", "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a throw-away PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Path findBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL tests need PostgreSQL's server programs "
                    + "(apt-get install -y postgresql; .ci/run installs them), or QUIZDECK_TEST_PG_URL pointing at a server. "
                    + "Run ./mvnw test -DskipPostgres to leave these tests out.");
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        var full = new ArrayList<String>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        var process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
