package io.escapement.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads every table of every schema and reports where given plaintext values appear, in any encoding the app could
 * write.
 *
 * <p>The scan covers every base table of every schema except {@code pg_catalog}, {@code information_schema} and the
 * {@code pg_toast} schemas: every column of every row. {@code bytea} values are searched as raw bytes and as UTF-8
 * text; every other value, arrays and {@code json}/{@code jsonb} included, is searched in its PostgreSQL text form.
 * For each plaintext it looks for:
 *
 * <ul>
 *   <li>{@code raw}, {@code lower-case} and {@code upper-case} text;
 *   <li>{@code json-string}: as a JSON string with the mandatory escapes ({@code \"}, {@code \\}, control characters);
 *   <li>{@code json-escaped}: the same with every non-ASCII character as <code>&#92;uXXXX</code>, in lower-case hex,
 *       and {@code json-escaped (upper-case hex)};
 *   <li>{@code url-encoded} ({@link URLEncoder}, spaces as {@code +}) and {@code url-encoded (%20)};
 *   <li>{@code base64} and {@code base64url} of the UTF-8 bytes, with or without padding, also where the value sits at
 *       any byte offset inside a larger encoded blob (for values of at least seven bytes);
 *   <li>{@code hex} of the UTF-8 bytes, in any letter case.
 * </ul>
 *
 * <p>When two encodings give the same text (an e-mail address is its own JSON string), the finding names the first
 * one in this list. Limits: {@code jsonb} decodes <code>&#92;uXXXX</code> escapes on input, so a JSON-escaped value
 * written into a {@code jsonb} column is found as {@code raw}; only {@code json} and text columns keep the escaped
 * form. Large objects ({@code oid}) and values that are compressed or encrypted are not looked into. Very short
 * plaintexts match almost anything.
 *
 * <p>Cost: every row of every table is read, and every value is compared with about a dozen needles per plaintext, so
 * a scan takes time proportional to the size of the database. Rows are streamed in batches of {@value #FETCH_SIZE}
 * inside one read-only transaction, so memory stays flat; meant for test databases, not for production.
 */
public final class ResidueScan {

    private static final int FETCH_SIZE = 1_000;

    private static final int SHORTEST_SHIFTED_BASE64 = 8;

    private static final String TABLES = """
        select table_schema, table_name
        from information_schema.tables
        where table_type = 'BASE TABLE'
          and table_schema not in ('pg_catalog', 'information_schema')
          and table_schema not like 'pg\\_toast%'
        order by table_schema, table_name
        """;

    private final DataSource dataSource;

    private ResidueScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Scans the database behind the given data source; the connection's user must be able to read every table. */
    public static ResidueScan of(DataSource dataSource) {
        return new ResidueScan(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Returns where any of the plaintexts appears, once per column and encoding, in the order the scan met them.
     *
     * @throws IllegalArgumentException when a plaintext is empty
     */
    public List<Finding> find(Collection<String> plaintexts) {
        var needles = new ArrayList<Needle>();
        for (var plaintext : plaintexts) {
            needles.addAll(needlesFor(plaintext));
        }
        var findings = new LinkedHashSet<Finding>();
        try (var connection = dataSource.getConnection()) {
            var autoCommit = connection.getAutoCommit();
            var readOnly = connection.isReadOnly();
            // the driver streams rows with a fetch size only inside a transaction
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                for (var table : tables(connection)) {
                    scan(connection, table, needles, findings);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                connection.setReadOnly(readOnly);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scan the database for residue", e);
        }
        return List.copyOf(findings);
    }

    /**
     * Passes when none of the plaintexts appears anywhere; otherwise throws an {@link AssertionError} that names the
     * columns and encodings, but not the values found.
     */
    public void assertNoneOf(String... plaintexts) {
        var message = new StringBuilder();
        for (var i = 0; i < plaintexts.length; i++) {
            var findings = find(List.of(plaintexts[i]));
            if (!findings.isEmpty()) {
                message.append("\n  plaintext #").append(i + 1).append(" found in:");
                findings.forEach(finding -> message.append("\n    ").append(finding));
            }
        }
        if (!message.isEmpty()) {
            throw new AssertionError("Expected no residue of the given plaintexts, but:" + message);
        }
    }

    /** One column of one table that holds a plaintext in the given encoding, in at least one row. */
    public record Finding(String schema, String table, String column, String encoding) {

        @Override
        public String toString() {
            return schema + "." + table + "." + column + " (" + encoding + ")";
        }
    }

    private static List<Table> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<Table>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), rows.getString(2)));
            }
        }
        return tables;
    }

    private static void scan(Connection connection, Table table, List<Needle> needles, Set<Finding> findings)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            // "only" reads each row once, in the table that stores it, instead of again through inheritance parents
            try (var rows = statement.executeQuery("select * from only " + table.quoted())) {
                var metaData = rows.getMetaData();
                var binary = binaryColumns(metaData);
                while (rows.next()) {
                    for (var column = 1; column <= metaData.getColumnCount(); column++) {
                        var found =
                                binary[column] ? search(rows.getBytes(column), needles) : search(rows, column, needles);
                        for (var encoding : found) {
                            findings.add(new Finding(
                                    table.schema(), table.name(), metaData.getColumnName(column), encoding));
                        }
                    }
                }
            }
        }
    }

    private static boolean[] binaryColumns(ResultSetMetaData metaData) throws SQLException {
        var binary = new boolean[metaData.getColumnCount() + 1];
        for (var column = 1; column <= metaData.getColumnCount(); column++) {
            var type = metaData.getColumnType(column);
            binary[column] = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY;
        }
        return binary;
    }

    private static Set<String> search(ResultSet rows, int column, List<Needle> needles) throws SQLException {
        var text = rows.getString(column);
        return text == null ? Set.of() : search(text, needles);
    }

    private static Set<String> search(byte[] bytes, List<Needle> needles) {
        if (bytes == null) {
            return Set.of();
        }
        var found = new LinkedHashSet<>(search(new String(bytes, UTF_8), needles));
        var latin1 = new String(bytes, ISO_8859_1);
        for (var needle : needles) {
            if (!needle.ignoreCase() && latin1.contains(needle.bytes())) {
                found.add(needle.encoding());
            }
        }
        return found;
    }

    private static Set<String> search(String text, List<Needle> needles) {
        var found = new LinkedHashSet<String>();
        String folded = null;
        for (var needle : needles) {
            if (needle.ignoreCase()) {
                folded = folded == null ? text.toLowerCase(Locale.ROOT) : folded;
                if (folded.contains(needle.text())) {
                    found.add(needle.encoding());
                }
            } else if (text.contains(needle.text())) {
                found.add(needle.encoding());
            }
        }
        return found;
    }

    /** The forms of one plaintext to look for; when two encodings give the same text, the first one names it. */
    private static List<Needle> needlesFor(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (plaintext.isEmpty()) {
            throw new IllegalArgumentException("Cannot scan for an empty plaintext");
        }
        var bytes = plaintext.getBytes(UTF_8);
        var needles = new ArrayList<Needle>();
        needles.add(new Needle("raw", plaintext, false));
        needles.add(new Needle("lower-case", plaintext.toLowerCase(Locale.ROOT), false));
        needles.add(new Needle("upper-case", plaintext.toUpperCase(Locale.ROOT), false));
        needles.add(new Needle("json-string", json(plaintext, false, false), false));
        needles.add(new Needle("json-escaped", json(plaintext, true, false), false));
        needles.add(new Needle("json-escaped (upper-case hex)", json(plaintext, true, true), false));
        var urlEncoded = URLEncoder.encode(plaintext, UTF_8);
        needles.add(new Needle("url-encoded", urlEncoded, false));
        needles.add(new Needle("url-encoded (%20)", urlEncoded.replace("+", "%20"), false));
        base64(bytes, Base64.getEncoder()).forEach(text -> needles.add(new Needle("base64", text, false)));
        base64(bytes, Base64.getUrlEncoder()).forEach(text -> needles.add(new Needle("base64url", text, false)));
        needles.add(new Needle("hex", HexFormat.of().formatHex(bytes), true));
        var distinct = new ArrayList<Needle>();
        var seen = new LinkedHashSet<String>();
        for (var needle : needles) {
            if (seen.add(needle.ignoreCase() + needle.text())) {
                distinct.add(needle);
            }
        }
        return distinct;
    }

    private static String json(String plaintext, boolean escapeNonAscii, boolean upperCaseHex) {
        var json = new StringBuilder();
        for (var i = 0; i < plaintext.length(); i++) {
            var c = plaintext.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || (escapeNonAscii && c >= 0x80)) {
                        json.append(String.format(upperCaseHex ? "\\u%04X" : "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.toString();
    }

    /**
     * The Base64 of the bytes on their own, unpadded, plus the characters that stay the same wherever the bytes sit
     * inside a longer encoded value: one run for each of the three possible offsets, when long enough to be telling.
     */
    private static List<String> base64(byte[] bytes, Base64.Encoder encoder) {
        var texts = new ArrayList<String>();
        var unpadded = encoder.withoutPadding();
        texts.add(unpadded.encodeToString(bytes));
        for (var shift = 0; shift < 3; shift++) {
            var shifted = new byte[shift + bytes.length];
            System.arraycopy(bytes, 0, shifted, shift, bytes.length);
            var encoded = unpadded.encodeToString(shifted);
            var from = (shift * 8 + 5) / 6;
            var to = shifted.length * 8 / 6;
            if (to - from >= SHORTEST_SHIFTED_BASE64) {
                texts.add(encoded.substring(from, to));
            }
        }
        return texts;
    }

    /** {@code bytes} holds the UTF-8 bytes of the text as ISO-8859-1, which maps every byte to one char. */
    private record Needle(String encoding, String text, boolean ignoreCase, String bytes) {

        Needle(String encoding, String text, boolean ignoreCase) {
            this(encoding, text, ignoreCase, new String(text.getBytes(UTF_8), ISO_8859_1));
        }
    }

    private record Table(String schema, String name) {

        String quoted() {
            return quote(schema) + "." + quote(name);
        }

        private static String quote(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }
}
