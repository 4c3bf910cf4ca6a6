package io.escapement.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used only while {@code spring.datasource.url} is blank.
 *
 * @param dataDir where the cluster keeps its files; survives restarts
 * @param ephemeral start one throw-away cluster per JVM in a temporary directory and give every
 *     application context its own fresh database (the test suite uses this)
 * @param database name of the application database inside the cluster
 * @param passwordFile the superuser's password, generated owner-only at first start; kept in the
 *     key store, outside the data directory (ADR 21); unused when ephemeral
 */
@ConfigurationProperties("escapement.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, boolean ephemeral, String database, Path passwordFile) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
        passwordFile = passwordFile == null ? Path.of("keys", "postgres-superuser.password") : passwordFile;
        database = database == null || database.isBlank() ? "escapement" : database;
    }
}
