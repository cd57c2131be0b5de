package com.quizdeck.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The application's tables as the database describes them, parents before children (by their foreign
 * keys), so that a new table from a later migration is backed up without a change here. Flyway's history
 * and the job-lock table are the instance's, not the school's, and stay out.
 */
final class BackupTables {

    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "scheduled_job_lock");

    /** A column: its name (lower case), JDBC type, database type name. */
    record Column(String name, int type, String typeName) {
        boolean timestampWithZone() {
            var t = typeName.toLowerCase(Locale.ROOT);
            return t.contains("timestamptz") || t.contains("with time zone");
        }
    }

    record Table(String name, List<Column> columns, boolean hasId) {
    }

    private BackupTables() {
    }

    static List<Table> read(Connection c) throws SQLException {
        var meta = c.getMetaData();
        var schema = schemaOf(c);
        var names = new ArrayList<String>();
        try (var rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                var name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(name)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        var parents = new LinkedHashMap<String, Set<String>>();
        for (var n : names) {
            var ps = new LinkedHashSet<String>();
            try (var rs = meta.getImportedKeys(null, schema, stored(meta, n))) {
                while (rs.next()) {
                    var parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(n)) {
                        ps.add(parent);
                    }
                }
            }
            parents.put(n, ps);
        }
        var ordered = new ArrayList<String>();
        var done = new LinkedHashSet<String>();
        while (ordered.size() < names.size()) {
            boolean progress = false;
            for (var n : names) {
                if (!done.contains(n) && done.containsAll(parents.get(n).stream().filter(parents::containsKey).toList())) {
                    ordered.add(n);
                    done.add(n);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The tables' foreign keys form a cycle; cannot order them for a backup");
            }
        }
        var tables = new ArrayList<Table>();
        for (var n : ordered) {
            var columns = new ArrayList<Column>();
            try (var rs = meta.getColumns(null, schema, stored(meta, n), "%")) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"),
                            rs.getString("TYPE_NAME")));
                }
            }
            tables.add(new Table(n, columns, columns.stream().anyMatch(col -> col.name().equals("id"))));
        }
        return tables;
    }

    static Map<String, Table> byName(List<Table> tables) {
        var map = new LinkedHashMap<String, Table>();
        tables.forEach(t -> map.put(t.name(), t));
        return map;
    }

    private static String schemaOf(Connection c) throws SQLException {
        var product = c.getMetaData().getDatabaseProductName();
        return product.contains("PostgreSQL") ? "public" : "PUBLIC";
    }

    /** H2 stores unquoted names in upper case, PostgreSQL in lower case. */
    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
