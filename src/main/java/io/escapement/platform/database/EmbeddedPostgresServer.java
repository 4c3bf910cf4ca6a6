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
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL cluster run by the application itself from the zonky binaries.
 *
 * <p>A persistent server keeps its cluster in a data directory that survives restarts and holds an
 * exclusive file lock on it, so a second instance fails fast instead of corrupting the cluster. The
 * shared ephemeral server is one throw-away cluster per JVM for the test suite.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static @Nullable EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final @Nullable FileLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable FileLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    /** Starts (or re-opens) the cluster in {@code dataDir}, failing fast when another process holds it. */
    static EmbeddedPostgresServer persistent(Path dataDir) {
        var directory = dataDir.toAbsolutePath().normalize();
        var lock = lock(directory);
        try {
            stopOrphanedPostmaster(directory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedPostgresServer(postgres, lock);
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
            try {
                var postgres = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                shared = new EmbeddedPostgresServer(postgres, null);
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        log.warn("Could not stop the shared embedded PostgreSQL", e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the shared embedded PostgreSQL", e);
            }
        }
        return shared;
    }

    /**
     * A pooled data source on {@code database} for {@code user}, creating the database when it does
     * not exist yet. The pool connects lazily, so the user may be created by a migration first.
     */
    HikariDataSource dataSource(String database, String user, int maximumPoolSize) {
        var admin = JdbcClient.create(postgres.getPostgresDatabase());
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
        dataSource.setMaximumPoolSize(maximumPoolSize);
        dataSource.setPoolName("embedded-" + database + "-" + user);
        return dataSource;
    }

    /** The JDBC URL of {@code database} on this server, as an external client would configure it. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database + "?reWriteBatchedInserts=true";
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
