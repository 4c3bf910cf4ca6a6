package io.escapement.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresServerTests {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondInstance() {
        var directory = data.resolve("postgres");
        try (var server = EmbeddedPostgresServer.persistent(directory);
                var dataSource = server.dataSource("escapement", "postgres", 2)) {
            var jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create table watch (reference text)").update();
            jdbc.sql("insert into watch values ('126610LV')").update();
            assertThat(jdbc.sql("show server_version").query(String.class).single())
                    .startsWith("17.");

            assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(directory))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("already using the embedded database in " + directory)
                    .hasMessageContaining("escapement.database.embedded.data-dir");
        }

        try (var server = EmbeddedPostgresServer.persistent(directory);
                var dataSource = server.dataSource("escapement", "postgres", 2)) {
            assertThat(JdbcClient.create(dataSource)
                            .sql("select reference from watch")
                            .query(String.class)
                            .list())
                    .containsExactly("126610LV");
        }
    }

    @Test
    void givesEveryContextItsOwnDatabaseOnTheSharedServer() {
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
        server.close();
        assertThat(EmbeddedPostgresServer.shared()).isSameAs(server);
    }
}
