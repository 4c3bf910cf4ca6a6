package io.escapement.vault;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The vault's own keysets (blind index, audit MAC, audit signing), created on first use and kept
 * wrapped by the master key under {@code system/} in the key directory.
 */
final class SystemKeys {

    private final Path dir;
    private final WrappedKeysets wrapping;
    private final ConcurrentMap<String, KeysetHandle> loaded = new ConcurrentHashMap<>();

    SystemKeys(Path keyDir, WrappedKeysets wrapping) {
        this.dir = keyDir.resolve("system");
        this.wrapping = wrapping;
    }

    KeysetHandle get(String name, Parameters parameters) {
        return loaded.computeIfAbsent(
                name,
                key -> KeyFiles.read(file(key))
                        .map(wrapped -> wrapping.unwrap(wrapped, purpose(key)))
                        .orElseGet(() -> {
                            try {
                                var created = KeysetHandle.generateNew(parameters);
                                KeyFiles.write(file(key), wrapping.wrap(created, purpose(key)));
                                return created;
                            } catch (GeneralSecurityException e) {
                                throw new IllegalStateException("Could not create the " + key + " key", e);
                            }
                        }));
    }

    /** Re-wraps every system keyset under the current master key version. */
    void rewrapAll() {
        try (var files = Files.list(dir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".keyset"))
                    .forEach(file -> {
                        var name = file.getFileName().toString().replace(".keyset", "");
                        var keyset = wrapping.unwrap(KeyFiles.read(file).orElseThrow(), purpose(name));
                        KeyFiles.write(file, wrapping.wrap(keyset, purpose(name)));
                    });
        } catch (java.nio.file.NoSuchFileException e) {
            // no system key created yet
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path file(String name) {
        return dir.resolve(name + ".keyset");
    }

    private static String purpose(String name) {
        return "system:" + name;
    }
}
