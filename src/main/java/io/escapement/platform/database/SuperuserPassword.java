package io.escapement.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's password authentication (ADR 21): a random superuser password generated at
 * first start into an owner-only file outside the data directory, SCRAM-SHA-256 for every
 * connection, and no {@code trust} line in {@code pg_hba.conf}, also for a cluster created before.
 */
final class SuperuserPassword {

    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(SuperuserPassword.class);
    private static final SecureRandom random = new SecureRandom();
    private static final List<String> SCRAM_ONLY = List.of(
            "# Written by Escapement (ADR 21): password (SCRAM) authentication only, from this machine only.",
            "local   all             all                                     scram-sha-256",
            "host    all             all             127.0.0.1/32            scram-sha-256",
            "host    all             all             ::1/128                 scram-sha-256",
            "local   replication     all                                     scram-sha-256",
            "host    replication     all             127.0.0.1/32            scram-sha-256",
            "host    replication     all             ::1/128                 scram-sha-256");

    private SuperuserPassword() {}

    /** A new random password, fit for a connection string. */
    static String generate() {
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The password kept in {@code file}, generated into it when missing. A cluster that already asks
     * for a password cannot be opened without the file, so its absence is an error then.
     */
    static String readOrCreate(Path file, Path cluster) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        if (Files.exists(cluster.resolve("pg_hba.conf")) && !allowsTrust(cluster)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + cluster
                    + " requires a password, but its password file " + file + " is missing: restore it from"
                    + " the key store's backup (escapement.database.embedded.password-file)");
        }
        var password = generate();
        write(file, password);
        log.info("Generated the embedded PostgreSQL superuser's password into {}", file.toAbsolutePath());
        return password;
    }

    /** Writes an owner-only file that initdb's {@code --pwfile} can read. */
    static void write(Path file, String password) throws IOException {
        var parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        var ownerOnly = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (ownerOnly) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }

    /** Asks initdb for SCRAM authentication and the password, and gives the password to zonky's own checks. */
    static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder, String password, Path passwordFile) {
        return builder.setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
                .setConnectConfig("password", password)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("password_encryption", "scram-sha-256");
    }

    /**
     * A cluster created before with {@code trust} gets the superuser's password set and {@code
     * pg_hba.conf} rewritten to SCRAM only, then reloads its configuration.
     */
    static void requireScram(EmbeddedPostgres postgres, Path cluster, String password) {
        try {
            if (!allowsTrust(cluster)) {
                return;
            }
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                connection
                        .unwrap(PGConnection.class)
                        .alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
                Files.write(cluster.resolve("pg_hba.conf"), SCRAM_ONLY);
                statement.execute("select pg_reload_conf()");
            }
            log.warn(
                    "The embedded PostgreSQL in {} accepted connections without a password; it now requires"
                            + " the superuser's password (scram-sha-256)",
                    cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not switch the embedded PostgreSQL to password authentication", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch the embedded PostgreSQL to password authentication", e);
        }
    }

    private static boolean allowsTrust(Path cluster) throws IOException {
        return Files.readAllLines(cluster.resolve("pg_hba.conf")).stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> line.matches(".*\\btrust\\b.*"));
    }
}
