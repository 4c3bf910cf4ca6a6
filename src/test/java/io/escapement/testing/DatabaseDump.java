package io.escapement.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows of a set of tables, copied out with PostgreSQL's binary {@code COPY} and held in memory, so a test can take
 * a dump before shredding, put it back afterwards and check what the restored data reveals.
 *
 * <p>A dump holds rows only: no schema, no sequence values, no large objects. Tables are read in one repeatable-read
 * transaction, so the dump is one consistent snapshot. Restoring needs the same tables, with the same columns, to exist
 * already, and a superuser (it sets {@code session_replication_role}).
 */
public final class DatabaseDump {

    private static final String ALL_TABLES = """
        select n.nspname, c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r'
          and c.relpersistence <> 't'
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg\\_toast%'
        order by n.nspname collate "C", c.relname collate "C"
        """;

    private static final String TABLES_OF_SCHEMAS = """
        select n.nspname, c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r'
          and c.relpersistence <> 't'
          and n.nspname = any(?)
        order by n.nspname collate "C", c.relname collate "C"
        """;

    private static final String MISSING_SCHEMAS = """
        select name from unnest(?::text[]) name
        where name not in (select nspname from pg_namespace)
        order by name
        """;

    private static final String FOREIGN_KEYS_FROM_OUTSIDE = """
        select conname, conrelid::regclass::text, confrelid::regclass::text
        from pg_constraint
        where contype = 'f'
          and confrelid = any(?::text[]::regclass[])
          and not conrelid = any(?::text[]::regclass[])
        order by 2, 1
        """;

    private final List<Table> tables;

    private DatabaseDump(List<Table> tables) {
        this.tables = List.copyOf(tables);
    }

    /**
     * Copies out every ordinary table of the given schemas or, when none are given, of every schema but the system
     * ones. Tables are kept in the order of their schema and name.
     *
     * @throws IllegalArgumentException when a given schema does not exist
     */
    public static DatabaseDump take(DataSource dataSource, String... schemas) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (var connection = dataSource.getConnection()) {
            var autoCommit = connection.getAutoCommit();
            var isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return new DatabaseDump(copyOut(connection, schemas));
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not take a database dump", e);
        }
    }

    /**
     * Replaces the rows of every dumped table with the dumped rows, in one transaction: either all tables are restored
     * or none is touched. Triggers and foreign-key checks do not fire while the rows go back.
     *
     * @throws IllegalStateException when a table outside the dump references a dumped table, which would keep the
     *     dumped tables from being emptied
     */
    public void restore(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (tables.isEmpty()) {
            return;
        }
        try (var connection = dataSource.getConnection()) {
            var autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                refuseForeignKeysFromOutside(connection);
                copyIn(connection);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not restore the database dump", e);
        }
    }

    /** The dumped tables, as {@code schema.table} without quotes, in the order they were dumped. */
    public Set<String> tables() {
        var names = new LinkedHashSet<String>();
        tables.forEach(table -> names.add(table.name().toString()));
        return Collections.unmodifiableSet(names);
    }

    /** The size of the dumped rows in PostgreSQL's binary COPY format, headers included. */
    public long sizeInBytes() {
        return tables.stream().mapToLong(table -> table.rows().length).sum();
    }

    /**
     * Whether the UTF-8 bytes of the plaintext occur anywhere in the dump; values the database stores encrypted,
     * hashed or otherwise encoded do not count.
     */
    public boolean contains(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (plaintext.isEmpty()) {
            throw new IllegalArgumentException("Cannot look for an empty plaintext");
        }
        // ISO-8859-1 maps every byte to one char, so this is a byte search
        var needle = new String(plaintext.getBytes(UTF_8), ISO_8859_1);
        return tables.stream().anyMatch(table -> new String(table.rows(), ISO_8859_1).contains(needle));
    }

    @Override
    public String toString() {
        return "DatabaseDump" + tables() + " (" + sizeInBytes() + " bytes)";
    }

    private static List<Table> copyOut(Connection connection, String[] schemas) throws SQLException, IOException {
        var copy = copyManager(connection);
        var tables = new ArrayList<Table>();
        for (var name : tableNames(connection, schemas)) {
            var rows = new ByteArrayOutputStream();
            copy.copyOut("copy " + name.quoted() + " to stdout (format binary)", rows);
            tables.add(new Table(name, rows.toByteArray()));
        }
        return tables;
    }

    private static List<TableName> tableNames(Connection connection, String[] schemas) throws SQLException {
        if (schemas.length == 0) {
            try (var statement = connection.prepareStatement(ALL_TABLES)) {
                return tableNames(statement.executeQuery());
            }
        }
        var names = connection.createArrayOf("text", schemas);
        try (var statement = connection.prepareStatement(MISSING_SCHEMAS)) {
            statement.setArray(1, names);
            var missing = strings(statement.executeQuery());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("No such schema: " + String.join(", ", missing));
            }
        }
        try (var statement = connection.prepareStatement(TABLES_OF_SCHEMAS)) {
            statement.setArray(1, names);
            return tableNames(statement.executeQuery());
        }
    }

    private static List<TableName> tableNames(ResultSet rows) throws SQLException {
        try (rows) {
            var names = new ArrayList<TableName>();
            while (rows.next()) {
                names.add(new TableName(rows.getString(1), rows.getString(2)));
            }
            return names;
        }
    }

    private static List<String> strings(ResultSet rows) throws SQLException {
        try (rows) {
            var strings = new ArrayList<String>();
            while (rows.next()) {
                strings.add(rows.getString(1));
            }
            return strings;
        }
    }

    private void refuseForeignKeysFromOutside(Connection connection) throws SQLException {
        var quoted = connection.createArrayOf(
                "text", tables.stream().map(table -> table.name().quoted()).toArray());
        try (var statement = connection.prepareStatement(FOREIGN_KEYS_FROM_OUTSIDE)) {
            statement.setArray(1, quoted);
            statement.setArray(2, quoted);
            try (var rows = statement.executeQuery()) {
                var blockers = new ArrayList<String>();
                while (rows.next()) {
                    blockers.add(rows.getString(2) + " references " + rows.getString(3) + " (constraint "
                            + rows.getString(1) + ")");
                }
                if (!blockers.isEmpty()) {
                    throw new IllegalStateException("Cannot restore the dump: tables outside it reference dumped"
                            + " tables, so the dumped tables cannot be emptied. Dump these tables too, or drop the"
                            + " constraints: " + String.join("; ", blockers));
                }
            }
        }
    }

    private void copyIn(Connection connection) throws SQLException, IOException {
        try (var statement = connection.createStatement()) {
            // like pg_restore --disable-triggers: foreign keys are triggers, and the rows go back in any order
            statement.execute("set local session_replication_role = replica");
            statement.execute("truncate only "
                    + tables.stream().map(table -> table.name().quoted()).collect(Collectors.joining(", ")));
        }
        var copy = copyManager(connection);
        for (var table : tables) {
            copy.copyIn(
                    "copy " + table.name().quoted() + " from stdin (format binary)",
                    new ByteArrayInputStream(table.rows()));
        }
    }

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private record TableName(String schema, String table) {

        String quoted() {
            return quote(schema) + "." + quote(table);
        }

        @Override
        public String toString() {
            return schema + "." + table;
        }

        private static String quote(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }

    private record Table(TableName name, byte[] rows) {}
}
