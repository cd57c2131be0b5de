package com.quizdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.AccountService;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.ThrowawayPostgres;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Export from the test instance (demo data plus whatever the other tests made: classes, quizzes, attempts,
 * reviews, live games) and import into a new, empty instance of the same engine (a fresh database migrated
 * by Flyway, with only its admin): every table has the same rows, the admin who imports keeps a working
 * password, nobody else has one, and a second import is refused because the instance is no longer empty.
 */
@IntegrationTest
class BackupRoundTripTest {

    @Autowired
    BackupService backups;
    @Autowired
    AccountService accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void an_export_imported_into_an_empty_instance_gives_the_same_rows_in_every_table() throws Exception {
        var zip = new ByteArrayOutputStream();
        var exported = accounts.runAs("admin", () -> backups.export(zip));
        var source = new JdbcTemplate(dataSource);
        assertThat(exported.rows()).containsKeys("user_account", "classroom", "class_membership", "deck",
                "question_version", "quiz", "quiz_attempt", "study_review", "live_session", "live_answer");
        assertThat(exported.rows().get("user_account")).isEqualTo(count(source, "user_account"));
        assertThat(exported.rows().get("question_version")).isPositive();
        assertThat(entries(zip.toByteArray())).contains("manifest.json", "tables/user_account.json", "tables/live_answer.json");
        assertThat(new String(zip.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}");

        var target = emptyInstance();
        var targetJdbc = new JdbcTemplate(target);
        var adminHash = passwords.encode("import-admin-pass");
        targetJdbc.update("insert into user_account (username, display_name, password_hash, role, enabled, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)", "import-admin", "Import Admin", adminHash, "ADMIN", true, Timestamp.from(Instant.now()));
        var importer = new BackupService(targetJdbc, new DataSourceTransactionManager(target), passwords, Clock.systemUTC());
        var file = Files.createTempFile("backup", ".zip");
        Files.write(file, zip.toByteArray());

        var imported = importer.importArchive(file);

        assertThat(imported.rows()).isEqualTo(exported.rows());
        for (var table : exported.rows().keySet()) {
            long expected = exported.rows().get(table) + (table.equals("user_account") ? 1 : 0); // + the importing admin
            assertThat(count(targetJdbc, table)).as(table).isEqualTo(expected);
            if (!table.equals("user_account")) {
                assertThat(rows(targetJdbc, table)).as(table).isEqualTo(rows(source, table));
            }
        }
        // A few records, column by column.
        var anaThere = targetJdbc.queryForMap("select * from user_account where username = 'ana'");
        var anaHere = source.queryForMap("select * from user_account where username = 'ana'");
        assertThat(anaThere).containsEntry("id", anaHere.get("id")).containsEntry("display_name", anaHere.get("display_name"))
                .containsEntry("role", "STUDENT");
        assertThat(passwords.matches("student-demo-pass", (String) anaThere.get("password_hash"))).isFalse();
        assertThat(targetJdbc.queryForObject("select name from classroom where join_code = 'EAST24'", String.class))
                .isEqualTo(source.queryForObject("select name from classroom where join_code = 'EAST24'", String.class));
        // The admin who imported still signs in; new rows get fresh ids after the imported ones.
        assertThat(passwords.matches("import-admin-pass",
                targetJdbc.queryForObject("select password_hash from user_account where username = 'import-admin'", String.class)))
                .isTrue();
        long maxUser = targetJdbc.queryForObject("select max(id) from user_account", Long.class);
        targetJdbc.update("insert into user_account (username, display_name, password_hash, role, enabled, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)", "after-import", "After", "x", "STUDENT", true, Timestamp.from(Instant.now()));
        assertThat(targetJdbc.queryForObject("select id from user_account where username = 'after-import'", Long.class))
                .isGreaterThan(maxUser);

        // Not empty any more: refused, and nothing changed.
        long before = count(targetJdbc, "user_account");
        assertThatThrownBy(() -> importer.importArchive(file)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("not empty");
        assertThat(count(targetJdbc, "user_account")).isEqualTo(before);
        Files.delete(file);
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_with_a_reason() throws Exception {
        var file = Files.createTempFile("not-a-backup", ".zip");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> accounts.runAs("admin", () -> backups.inspect(file)))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("not a Quizdeck backup");
        Files.delete(file);
    }

    @Test
    void only_an_admin_may_export() {
        assertThatThrownBy(() -> accounts.runAs("teacher", () -> backups.export(new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private DataSource emptyInstance() {
        SingleConnectionDataSource ds;
        if ("postgres".equals(System.getProperty("quizdeck.test.db"))) {
            var pg = ThrowawayPostgres.get();
            ds = new SingleConnectionDataSource(pg.newDatabase("quizdeck_backup_target"), pg.username(), pg.password(), true);
        } else {
            // A file, as the embedded default keeps it. One connection throughout: H2 2.4 fails a CHECK constraint
            // ("database has been closed") once the connection that created the table is closed.
            Path dir;
            try {
                dir = Files.createTempDirectory("quizdeck-backup-target");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ds = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("quizdeck") + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        }
        // The application's Java migrations too (beans, as Spring Boot hands them to Flyway).
        Flyway.configure().dataSource(ds).javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load().migrate();
        return ds;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Every row as sorted column=value text, the rows sorted: equal tables give equal lists. */
    private static List<String> rows(JdbcTemplate jdbc, String table) {
        var out = new ArrayList<String>();
        for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
            var sorted = new TreeMap<String, String>();
            row.forEach((k, v) -> sorted.put(k.toLowerCase(), normalise(v)));
            out.add(sorted.toString());
        }
        out.sort(null);
        return out;
    }

    private static String normalise(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant().toString();
        }
        return String.valueOf(v);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
