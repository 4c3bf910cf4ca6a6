package io.escapement.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps P-2 (ADR 21): the embedded cluster asks every client for a password and listens on 127.0.0.1 only. */
class EmbeddedPostgresServerTests {

    @TempDir
    Path root;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondInstance() throws Exception {
        var directory = root.resolve("data").resolve("postgres");
        var passwordFile = root.resolve("keys").resolve("postgres-superuser.password");
        try (var server = EmbeddedPostgresServer.persistent(directory, passwordFile);
                var dataSource = server.dataSource("escapement", "postgres", 2)) {
            var jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create table watch (reference text)").update();
            jdbc.sql("insert into watch values ('126610LV')").update();
            assertThat(jdbc.sql("show server_version").query(String.class).single())
                    .startsWith("17.");
            assertRequiresThePassword(server, Files.readString(passwordFile).trim());
            assertThat(Files.readString(directory.resolve("pg_hba.conf")))
                    .doesNotContainPattern("(?m)^[^#]*\\btrust\\b");

            assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(directory, passwordFile))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("already using the embedded database in " + directory)
                    .hasMessageContaining("escapement.database.embedded.data-dir");
        }
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(passwordFile.toAbsolutePath().startsWith(root.resolve("data")))
                .isFalse();
        try (var walk = Files.walk(root.resolve("data"))) {
            var password = Files.readString(passwordFile).trim();
            assertThat(walk.filter(Files::isRegularFile).filter(file -> contains(file, password)))
                    .as("the password is nowhere in the data directory")
                    .isEmpty();
        }

        try (var server = EmbeddedPostgresServer.persistent(directory, passwordFile);
                var dataSource = server.dataSource("escapement", "postgres", 2)) {
            assertThat(JdbcClient.create(dataSource)
                            .sql("select reference from watch")
                            .query(String.class)
                            .list())
                    .containsExactly("126610LV");
        }
        Files.delete(passwordFile);
        assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(directory, passwordFile))
                .hasRootCauseMessage("The embedded PostgreSQL in " + directory
                        + " requires a password, but its password file " + passwordFile
                        + " is missing: restore it from the key store's backup"
                        + " (escapement.database.embedded.password-file)");
    }

    @Test
    void switchesAClusterCreatedWithTrustToPasswords() throws Exception {
        var directory = root.resolve("postgres");
        try (var old = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient.create(old.getPostgresDatabase())
                    .sql("create table watch (reference text)")
                    .update();
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");
        var passwordFile = root.resolve("keys").resolve("postgres-superuser.password");

        try (var server = EmbeddedPostgresServer.persistent(directory, passwordFile);
                var dataSource = server.dataSource("postgres", "postgres", 1)) {
            assertRequiresThePassword(server, Files.readString(passwordFile).trim());
            assertThat(JdbcClient.create(dataSource)
                            .sql("select count(*) from watch")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(Files.readString(directory.resolve("pg_hba.conf")))
                    .doesNotContainPattern("(?m)^[^#]*\\btrust\\b")
                    .containsPattern("(?m)^host +all +all +127\\.0\\.0\\.1/32 +scram-sha-256$");
        }
    }

    @Test
    void givesEveryContextItsOwnDatabaseOnTheSharedServer() throws Exception {
        var server = EmbeddedPostgresServer.shared();
        assertThat(EmbeddedPostgresServer.shared()).isSameAs(server);
        try (var first = server.dataSource(EmbeddedPostgresServer.uniqueDatabaseName("isolation"), "postgres", 1);
                var second = server.dataSource(EmbeddedPostgresServer.uniqueDatabaseName("isolation"), "postgres", 1)) {
            JdbcClient.create(first).sql("create table only_here (id int)").update();
            assertThat(JdbcClient.create(second)
                            .sql("select count(*) from information_schema.tables where table_name = 'only_here'")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
        assertRequiresThePassword(server, server.superuserPassword());
        server.close();
        assertThat(EmbeddedPostgresServer.shared()).isSameAs(server);
    }

    @Test
    void givesAnotherRoleAPasswordOfItsOwn() throws Exception {
        var server = EmbeddedPostgresServer.shared();
        try (var dataSource = server.dataSource("postgres", "escapement_reader", 1)) {
            assertThat(JdbcClient.create(dataSource)
                            .sql("select current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo("escapement_reader");
        }
        assertThatThrownBy(() -> connect(server, "escapement_reader", server.superuserPassword()))
                .hasMessageContaining("password authentication failed");
    }

    /** No password or a wrong one is refused; 127.0.0.1 is the only address it listens on. */
    private static void assertRequiresThePassword(EmbeddedPostgresServer server, String password) throws Exception {
        assertThatThrownBy(() -> connect(server, "postgres", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect(server, "postgres", password + "x"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (var connection = connect(server, "postgres", password);
                var rows = connection.createStatement().executeQuery("show listen_addresses")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    private static java.sql.Connection connect(EmbeddedPostgresServer server, String user, String password)
            throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl("postgres"), properties);
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
