package io.escapement.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Earlier versions kept the key store in {@code data/keys}, inside the data directory, where every
 * copy of the data took the keys along. At start its files move to the key directory of their own
 * (ADR 21), where {@link LocalKeyManagement} then wraps the cleartext master keyset.
 */
final class LegacyKeyDirectory {

    private static final Logger log = LoggerFactory.getLogger(LegacyKeyDirectory.class);

    private LegacyKeyDirectory() {}

    static void moveInto(@Nullable Path legacy, Path keyDir) {
        if (legacy == null
                || !Files.exists(legacy.resolve(LocalKeyManagement.CLEARTEXT))
                || Files.exists(keyDir.resolve(LocalKeyManagement.WRAPPED))
                || legacy.toAbsolutePath()
                        .normalize()
                        .equals(keyDir.toAbsolutePath().normalize())) {
            return;
        }
        try (var files = Files.walk(legacy)) {
            // the master keyset last: a move cut short is finished at the next start
            var moving = files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> file.endsWith(LocalKeyManagement.CLEARTEXT)))
                    .toList();
            for (var file : moving) {
                var target = keyDir.resolve(legacy.relativize(file).toString());
                Files.createDirectories(target.getParent());
                KeyFiles.ownerOnly(target.getParent());
                Files.move(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the key store from " + legacy + " to " + keyDir, e);
        }
        try (var directories = Files.walk(legacy)) {
            for (var directory : directories.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the old key store " + legacy, e);
        }
        log.warn(
                "Moved the key store out of the data directory, from {} to {}: back it up apart from the data",
                legacy,
                keyDir);
    }
}
