package io.escapement.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} (or {@code
 * ESCAPEMENT_DATABASE_URL}) is configured; with one, Spring Boot's own data source takes over and
 * nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return properties.ephemeral()
                ? EmbeddedPostgresServer.shared()
                : EmbeddedPostgresServer.persistent(properties.dataDir());
    }

    /** Every ephemeral context gets a database of its own, so test classes cannot see each other's rows. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        return properties.ephemeral()
                ? server.dataSource(EmbeddedPostgresServer.uniqueDatabaseName(properties.database()), 4)
                : server.dataSource(properties.database(), 10);
    }
}
