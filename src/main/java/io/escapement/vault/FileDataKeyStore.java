package io.escapement.vault;

import io.escapement.vault.spi.DataKeyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Wrapped data keysets as files, one per subject, under {@code subjects/} in the key directory
 * (spread over 256 sub-directories). Kept apart from the database on purpose: see {@link
 * DataKeyStore}.
 */
final class FileDataKeyStore implements DataKeyStore {

    private final Path root;

    FileDataKeyStore(Path keyDir) {
        this.root = keyDir.resolve("subjects");
    }

    @Override
    public Optional<byte[]> find(UUID subject) {
        return KeyFiles.read(file(subject));
    }

    @Override
    public void save(UUID subject, byte[] wrappedKeyset) {
        KeyFiles.write(file(subject), wrappedKeyset);
    }

    @Override
    public void destroy(UUID subject) {
        KeyFiles.destroy(file(subject));
    }

    @Override
    public Stream<UUID> subjects() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (var files = Files.walk(root, 2)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".keyset"))
                    .map(name -> UUID.fromString(name.substring(0, name.length() - ".keyset".length())))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(UUID subject) {
        var name = subject.toString();
        return root.resolve(name.substring(0, 2)).resolve(name + ".keyset");
    }
}
