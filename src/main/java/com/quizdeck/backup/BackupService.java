package com.quizdeck.backup;

import com.quizdeck.backup.BackupTables.Column;
import com.quizdeck.backup.BackupTables.Table;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export of everything an instance holds into one zip, and import of such a zip into an empty instance.
 *
 * <p>The archive: {@code manifest.json} (format {@value #FORMAT}, {@code formatVersion}, the schema's
 * migration version, rows per table) and {@code tables/<table>.json}, one JSON array of row objects per
 * table (column names as in the database; times as ISO-8601 UTC; binary as Base64). Every application
 * table is in it (users, classes, rosters, decks with all question versions, quizzes, attempts, flashcard
 * cards and reviews, live games with players and answers) except Flyway's history and the job locks;
 * password hashes are left out.
 *
 * <p>Import refuses an instance that already has content, or an archive of another schema version; it
 * writes everything in one transaction (all or nothing). Accounts keep no password: an account whose
 * username already exists here (the admin who imports) keeps its password here, every other account needs
 * a new one from an admin (Users page). Decks of the shipped library come from the archive too; the next
 * start reloads the library files over them as usual.
 */
@Service
@Slf4j
public class BackupService {

    static final String FORMAT = "quizdeck-backup";
    static final int FORMAT_VERSION = 1;
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readTx;
    private final TransactionTemplate writeTx;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    BackupService(JdbcTemplate jdbc, PlatformTransactionManager tx, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.readTx = new TransactionTemplate(tx);
        this.readTx.setReadOnly(true);
        // One consistent picture of every table, even while people keep using the instance.
        this.readTx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writeTx = new TransactionTemplate(tx);
        this.passwords = passwords;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ export

    /** Writes the whole instance as a zip to {@code out} (not closed). */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public BackupSummary export(OutputStream out) {
        return readTx.execute(status -> jdbc.execute((ConnectionCallback<BackupSummary>) c -> {
            try {
                return write(c, out);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the backup: " + e.getMessage(), e);
            }
        }));
    }

    private BackupSummary write(Connection c, OutputStream out) throws SQLException, IOException {
        var zip = new ZipOutputStream(out);
        var tables = BackupTables.read(c);
        var rows = new LinkedHashMap<String, Long>();
        var unclosable = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out().write(b, off, len);
            }

            private OutputStream out() {
                return this.out;
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        for (var t : tables) {
            zip.putNextEntry(new ZipEntry("tables/" + t.name() + ".json"));
            long n = 0;
            try (JsonGenerator g = json.createGenerator(unclosable);
                    var st = c.prepareStatement("select * from " + t.name() + (t.hasId() ? " order by id" : ""))) {
                st.setFetchSize(1000);
                g.writeStartArray();
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        writeRow(g, t, rs);
                        n++;
                    }
                }
                g.writeEndArray();
            }
            zip.closeEntry();
            rows.put(t.name(), n);
        }
        var summary = new BackupSummary(FORMAT_VERSION, schemaVersion(c), clock.instant(), rows);
        zip.putNextEntry(new ZipEntry("manifest.json"));
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("schemaVersion", summary.schemaVersion());
        manifest.put("createdAt", summary.createdAt().toString());
        manifest.put("database", c.getMetaData().getDatabaseProductName());
        manifest.put("leftOut", List.of("user_account.password_hash"));
        manifest.put("tables", rows);
        json.writerWithDefaultPrettyPrinter().writeValue(unclosable, manifest);
        zip.closeEntry();
        zip.finish();
        log.info("backup: exported {} rows in {} tables", summary.totalRows(), rows.size());
        return summary;
    }

    private static void writeRow(JsonGenerator g, Table t, ResultSet rs) throws SQLException {
        g.writeStartObject();
        int i = 0;
        for (var col : t.columns()) {
            i++;
            if (t.name().equals("user_account") && col.name().equals("password_hash")) {
                continue;
            }
            g.writeName(col.name());
            if (col.timestampWithZone()) {
                var v = rs.getObject(i, OffsetDateTime.class);
                if (v == null) {
                    g.writeNull();
                } else {
                    g.writeString(v.toInstant().toString());
                }
                continue;
            }
            switch (col.type()) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                    long v = rs.getLong(i);
                    if (rs.wasNull()) {
                        g.writeNull();
                    } else {
                        g.writeNumber(v);
                    }
                }
                case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                    double v = rs.getDouble(i);
                    if (rs.wasNull()) {
                        g.writeNull();
                    } else {
                        g.writeNumber(v);
                    }
                }
                case Types.NUMERIC, Types.DECIMAL -> {
                    BigDecimal v = rs.getBigDecimal(i);
                    if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(v);
                    }
                }
                case Types.BOOLEAN, Types.BIT -> {
                    boolean v = rs.getBoolean(i);
                    if (rs.wasNull()) {
                        g.writeNull();
                    } else {
                        g.writeBoolean(v);
                    }
                }
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                    byte[] v = rs.getBytes(i);
                    if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeString(Base64.getEncoder().encodeToString(v));
                    }
                }
                case Types.DATE -> {
                    var v = rs.getObject(i, LocalDate.class);
                    if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeString(v.toString());
                    }
                }
                default -> {
                    var v = rs.getString(i);
                    if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeString(v);
                    }
                }
            }
        }
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ import

    /** What an archive holds, read from its manifest, before importing it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public BackupSummary inspect(Path archive) {
        try (var zip = new ZipFile(archive.toFile())) {
            return manifest(zip);
        } catch (IOException e) {
            throw new BackupRefusedException("This file is not a Quizdeck backup (not a readable zip): " + e.getMessage());
        }
    }

    /**
     * Imports an archive into this instance, which must be empty (no classes, quizzes, live games,
     * flashcards or own decks, and no accounts but admins). All or nothing.
     *
     * @throws BackupRefusedException when the instance has content, or the archive is not one this version reads
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public BackupSummary importArchive(Path archive) {
        BackupSummary written;
        try (var zip = new ZipFile(archive.toFile())) {
            var manifest = manifest(zip);
            written = writeTx.execute(status -> jdbc.execute((ConnectionCallback<BackupSummary>) c -> {
                try {
                    return load(c, zip, manifest);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException | UncheckedIOException e) {
            throw new BackupRefusedException("Could not read the backup: " + e.getMessage());
        }
        // New rows get ids after the imported ones. Apart from the data's transaction: H2 commits at any
        // schema statement.
        jdbc.execute((ConnectionCallback<Void>) c -> {
            for (var t : BackupTables.read(c)) {
                if (t.hasId()) {
                    Long max = jdbc.queryForObject("select max(id) from " + t.name(), Long.class);
                    jdbc.execute("alter table " + t.name() + " alter column id restart with " + ((max == null ? 0 : max) + 1));
                }
            }
            return null;
        });
        log.info("backup: imported {} rows in {} tables", written.totalRows(), written.rows().size());
        return written;
    }

    private BackupSummary manifest(ZipFile zip) throws IOException {
        var entry = zip.getEntry("manifest.json");
        if (entry == null) {
            throw new BackupRefusedException("This file is not a Quizdeck backup: it has no manifest.json.");
        }
        JsonNode m;
        try (var in = zip.getInputStream(entry)) {
            m = json.readTree(in);
        }
        if (!FORMAT.equals(m.path("format").asString(""))) {
            throw new BackupRefusedException("This file is not a Quizdeck backup (its manifest names another format).");
        }
        int version = m.path("formatVersion").asInt(0);
        if (version < 1 || version > FORMAT_VERSION) {
            throw new BackupRefusedException("This backup has format version " + version + "; this Quizdeck reads version "
                    + FORMAT_VERSION + ". Import it with the Quizdeck version that wrote it.");
        }
        var rows = new LinkedHashMap<String, Long>();
        m.path("tables").properties().forEach(e -> rows.put(e.getKey(), e.getValue().asLong()));
        return new BackupSummary(version, m.path("schemaVersion").asString(""),
                Instant.parse(m.path("createdAt").asString(Instant.EPOCH.toString())), rows);
    }

    private BackupSummary load(Connection c, ZipFile zip, BackupSummary manifest) throws SQLException, IOException {
        var here = schemaVersion(c);
        if (!here.equals(manifest.schemaVersion())) {
            throw new BackupRefusedException("This backup was written by a Quizdeck whose database is at migration "
                    + manifest.schemaVersion() + "; this instance is at " + here
                    + ". Import it into an instance of the same version (then upgrade).");
        }
        requireEmpty();
        var tables = BackupTables.byName(BackupTables.read(c));
        for (var name : manifest.rows().keySet()) {
            if (!tables.containsKey(name)) {
                throw new BackupRefusedException("This backup has a table this instance does not know: " + name + ".");
            }
        }
        // The admins here (no one else may exist yet): they keep their passwords, and stay if the archive lacks them.
        var keptAdmins = jdbc.queryForList("select * from user_account");
        var keptHash = new HashMap<String, String>();
        keptAdmins.forEach(r -> keptHash.put((String) r.get("username"), (String) r.get("password_hash")));
        var list = new ArrayList<>(tables.values());
        for (int i = list.size() - 1; i >= 0; i--) {
            jdbc.update("delete from " + list.get(i).name());
        }
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        var noPassword = passwords.encode(Base64.getEncoder().encodeToString(random));
        var imported = new LinkedHashMap<String, Long>();
        var usernames = new HashSet<String>();
        for (var t : list) {
            var entry = zip.getEntry("tables/" + t.name() + ".json");
            if (entry == null) {
                if (manifest.rows().containsKey(t.name())) {
                    throw new BackupRefusedException("The backup is incomplete: tables/" + t.name() + ".json is missing.");
                }
                continue;
            }
            try (var in = zip.getInputStream(entry); JsonParser p = json.createParser(in)) {
                imported.put(t.name(), insertAll(c, t, p, keptHash, noPassword, usernames));
            }
            long expected = manifest.rows().getOrDefault(t.name(), -1L);
            if (imported.get(t.name()) != expected) {
                throw new BackupRefusedException("The backup is damaged: " + t.name() + " has " + imported.get(t.name())
                        + " rows, its manifest says " + expected + ".");
            }
        }
        // An admin here whom the archive does not know stays, so that someone can still sign in.
        Long maxId = jdbc.queryForObject("select max(id) from user_account", Long.class);
        long next = (maxId == null ? 0 : maxId) + 1;
        for (var admin : keptAdmins) {
            if (!usernames.contains((String) admin.get("username"))) {
                jdbc.update("insert into user_account (id, username, display_name, password_hash, role, enabled, created_at, version) "
                                + "values (?, ?, ?, ?, ?, ?, ?, 0)", next++, admin.get("username"), admin.get("display_name"),
                        admin.get("password_hash"), admin.get("role"), admin.get("enabled"), admin.get("created_at"));
            }
        }
        return new BackupSummary(manifest.formatVersion(), manifest.schemaVersion(), manifest.createdAt(), imported);
    }

    private long insertAll(Connection c, Table t, JsonParser p, Map<String, String> keptHash, String noPassword,
            java.util.Set<String> usernames) throws SQLException {
        var columns = t.columns();
        var sql = "insert into " + t.name() + " (" + String.join(", ", columns.stream().map(Column::name).toList())
                + ") values (" + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        long n = 0;
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new BackupRefusedException("The backup is damaged: tables/" + t.name() + ".json is not a JSON array.");
        }
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int inBatch = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode row = json.readTree(p);
                int i = 0;
                for (var col : columns) {
                    i++;
                    JsonNode v = row.get(col.name());
                    if (t.name().equals("user_account") && col.name().equals("password_hash")) {
                        var username = row.path("username").asString();
                        usernames.add(username);
                        st.setString(i, keptHash.getOrDefault(username, noPassword));
                        continue;
                    }
                    bind(st, i, col, v);
                }
                st.addBatch();
                n++;
                if (++inBatch == BATCH) {
                    st.executeBatch();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                st.executeBatch();
            }
        }
        return n;
    }

    private static void bind(PreparedStatement st, int i, Column col, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            st.setNull(i, col.type());
            return;
        }
        if (col.timestampWithZone()) {
            st.setObject(i, OffsetDateTime.ofInstant(Instant.parse(v.asString()), ZoneOffset.UTC));
            return;
        }
        switch (col.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> st.setLong(i, v.asLong());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> st.setDouble(i, v.asDouble());
            case Types.NUMERIC, Types.DECIMAL -> st.setBigDecimal(i, v.decimalValue());
            case Types.BOOLEAN, Types.BIT -> st.setBoolean(i, v.asBoolean());
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    st.setBytes(i, Base64.getDecoder().decode(v.asString()));
            case Types.DATE -> st.setObject(i, LocalDate.parse(v.asString()));
            default -> st.setString(i, v.asString());
        }
    }

    /** Content that makes an instance not empty; the shipped library decks and admins do not count. */
    private void requireEmpty() {
        var found = new ArrayList<String>();
        count("select count(*) from user_account where role <> 'ADMIN'", "accounts", found);
        count("select count(*) from classroom", "classes", found);
        count("select count(*) from deck where owner_id is not null", "own decks", found);
        count("select count(*) from quiz", "quizzes", found);
        count("select count(*) from study_card", "flashcards in study", found);
        count("select count(*) from live_session", "live games", found);
        if (!found.isEmpty()) {
            throw new BackupRefusedException("This instance is not empty (" + String.join(", ", found)
                    + "). Import a backup only into a new instance: an empty database, started once, with just its admin.");
        }
    }

    private void count(String sql, String what, List<String> found) {
        Long n = jdbc.queryForObject(sql, Long.class);
        if (n != null && n > 0) {
            found.add(n + " " + what);
        }
    }

    /** The newest applied migration, e.g. "9". */
    private String schemaVersion(Connection c) {
        var versions = jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null",
                String.class);
        return versions.stream().max((a, b) -> compareVersions(a, b)).orElse("0");
    }

    private static int compareVersions(String a, String b) {
        var x = a.split("\\.");
        var y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
