package io.escapement.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL cluster run by the application itself from the zonky binaries.
 *
 * <p>A persistent server keeps its cluster in a data directory that survives restarts and holds an
 * exclusive file lock on it, so a second instance fails fast instead of corrupting the cluster. The
 * shared ephemeral server is one throw-away cluster per JVM for the test suite. Both listen on
 * 127.0.0.1 only and ask every client for a password (scram-sha-256, ADR 21).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static @Nullable EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final @Nullable FileLock lock;
    private final String superuserPassword;
    /** Other login roles' password: new at every start, known only to this process. */
    private final String rolePassword = SuperuserPassword.generate();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable FileLock lock, String superuserPassword) {
        this.postgres = postgres;
        this.lock = lock;
        this.superuserPassword = superuserPassword;
    }

    /**
     * Starts (or re-opens) the cluster in {@code dataDir}, failing fast when another process holds it.
     * Every connection needs a password (scram-sha-256): the superuser's is kept in {@code
     * passwordFile}, generated at first start; a cluster created with {@code trust} is switched.
     */
    static EmbeddedPostgresServer persistent(Path dataDir, Path passwordFile) {
        var directory = dataDir.toAbsolutePath().normalize();
        var lock = lock(directory);
        try {
            stopOrphanedPostmaster(directory);
            var password = SuperuserPassword.readOrCreate(passwordFile, directory);
            var postgres = SuperuserPassword.configure(EmbeddedPostgres.builder(), password, passwordFile)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            SuperuserPassword.requireScram(postgres, directory, password);
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedPostgresServer(postgres, lock, password);
        } catch (IOException | RuntimeException e) {
            release(lock);
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * The one throw-away cluster of this JVM, started on first use and stopped when the JVM exits,
     * after every application context has closed (closing beans may still use the database).
     */
    static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            Path passwordFile = null;
            try {
                var password = SuperuserPassword.generate();
                passwordFile = Files.createTempFile("escapement-postgres", ".password");
                SuperuserPassword.write(passwordFile, password);
                var postgres = SuperuserPassword.configure(EmbeddedPostgres.builder(), password, passwordFile)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                shared = new EmbeddedPostgresServer(postgres, null, password);
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        log.warn("Could not stop the shared embedded PostgreSQL", e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the shared embedded PostgreSQL", e);
            } finally {
                deleteQuietly(passwordFile);
            }
        }
        return shared;
    }

    /**
     * A pooled data source on {@code database} for {@code user}, creating the database when it does
     * not exist yet. A user other than the superuser is created as a login role when missing, so the
     * migrations find it (V3), and gets this start's role password.
     */
    HikariDataSource dataSource(String database, String user, int maximumPoolSize) {
        var admin = JdbcClient.create(postgres.getPostgresDatabase());
        var password = SuperuserPassword.SUPERUSER.equals(user) ? superuserPassword : login(user);
        boolean exists = admin.sql("select count(*) from pg_database where datname = ?")
                        .param(database)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            admin.sql("create database \"" + database.replace("\"", "") + "\"").update();
        }
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(database));
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(maximumPoolSize);
        dataSource.setPoolName("embedded-" + database + "-" + user);
        return dataSource;
    }

    /** The JDBC URL of {@code database} on this server, as an external client would configure it. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database + "?reWriteBatchedInserts=true";
    }

    /** The superuser's password, for a client that connects as an external one would. */
    String superuserPassword() {
        return superuserPassword;
    }

    private synchronized String login(String role) {
        var admin = JdbcClient.create(postgres.getPostgresDatabase());
        if (admin.sql("select count(*) from pg_roles where rolname = ?")
                        .param(role)
                        .query(Long.class)
                        .single()
                == 0) {
            admin.sql("create role \"" + role.replace("\"", "") + "\" login").update();
        }
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(role, rolePassword.toCharArray(), "scram-sha-256");
            return rolePassword;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the database role " + role, e);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not delete the temporary password file {}", file, e);
        }
    }

    /** A name for a fresh database that no other application context of this JVM uses. */
    static String uniqueDatabaseName(String prefix) {
        return prefix + "_" + databases.incrementAndGet();
    }

    /** Stops a persistent server; the shared ephemeral server stays up until the JVM exits. */
    @Override
    public void close() {
        if (this == shared) {
            return;
        }
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(lock);
        }
    }

    private static FileLock lock(Path directory) {
        var lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        try {
            Files.createDirectories(directory);
            var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseInUseException(directory, lockFile);
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the embedded database directory " + directory, e);
        }
    }

    /**
     * A JVM killed without shutdown leaves its postmaster running on the data directory; the lock
     * we now hold proves no live instance owns it, so ask that orphan to shut down.
     */
    private static void stopOrphanedPostmaster(Path directory) throws IOException {
        var pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> postmaster = firstLine.matches("\\d+")
                ? ProcessHandle.of(Long.parseLong(firstLine))
                        .filter(p -> p.info().command().orElse("").contains("postgres"))
                : Optional.empty();
        postmaster.ifPresent(process -> {
            log.warn("Stopping orphaned PostgreSQL process {} left on {}", process.pid(), directory);
            process.destroy();
            process.onExit()
                    .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        });
    }

    private static void release(@Nullable FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release the embedded database lock", e);
        }
    }
}
