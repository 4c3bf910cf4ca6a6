package io.escapement.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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
                : EmbeddedPostgresServer.persistent(properties.dataDir(), properties.passwordFile());
    }

    /** The database of this context: fixed when persistent, a fresh one per context when ephemeral. */
    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        var name = properties.ephemeral()
                ? EmbeddedPostgresServer.uniqueDatabaseName(properties.database())
                : properties.database();
        return new EmbeddedDatabase(server, name);
    }

    /** Migrations run as the cluster's owner, who creates the schemas and grants the application role. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource flywayDataSource(EmbeddedDatabase database) {
        return database.server().dataSource(database.database(), "postgres", 2);
    }

    /**
     * The application connects with the restricted role that the migrations grant (V3), with a
     * password the server gives it at every start.
     */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(
            EmbeddedDatabase database,
            EmbeddedDatabaseProperties properties,
            @Value("${escapement.database.app-role:escapement_app}") String appRole) {
        return database.server().dataSource(database.database(), appRole, properties.ephemeral() ? 4 : 10);
    }

    record EmbeddedDatabase(EmbeddedPostgresServer server, String database) {}
}
