package io.escapement.platform.database;

/**
 * A fresh database on this JVM's shared PostgreSQL cluster, reached by URL as an external one
 * would be, for tests that run the application in a process of its own against it.
 */
public final class TestDatabases {

    /** How to reach a database as its owner. */
    public record External(String url, String user, String password) {}

    private TestDatabases() {}

    public static External create(String prefix) {
        var server = EmbeddedPostgresServer.shared();
        var name = EmbeddedPostgresServer.uniqueDatabaseName(prefix);
        server.dataSource(name, "postgres", 1).close();
        return new External(server.jdbcUrl(name), "postgres", server.superuserPassword());
    }
}
