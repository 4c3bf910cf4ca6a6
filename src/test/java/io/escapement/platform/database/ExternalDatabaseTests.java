package io.escapement.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, the application uses that PostgreSQL and starts none of
 * its own. The "external" server here is the test JVM's shared cluster, reached only by URL.
 */
@SpringBootTest(properties = "escapement.demo.listings=10")
class ExternalDatabaseTests {

    static final String DATABASE = EmbeddedPostgresServer.uniqueDatabaseName("external");

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        var server = EmbeddedPostgresServer.shared();
        server.dataSource(DATABASE, "postgres", 1).close();
        registry.add("spring.datasource.url", () -> server.jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", server::superuserPassword);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(jdbc.sql("select current_database()").query(String.class).single())
                .isEqualTo(DATABASE);
        assertThat(jdbc.sql("select count(*) from catalog.listing")
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
    }
}
