package io.escapement.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** Key material on disk: written atomically and readable by the owner only. */
final class KeyFiles {

    private KeyFiles() {}

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            ownerOnly(file.getParent());
            var temporary = Files.createTempFile(file.getParent(), ".key", ".tmp");
            ownerOnly(temporary);
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write key file " + file, e);
        }
    }

    static Optional<byte[]> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read key file " + file, e);
        }
    }

    /** Overwrites the file before unlinking it, so its bytes do not linger in the old blocks. */
    static void destroy(Path file) {
        try {
            if (Files.exists(file)) {
                Files.write(file, new byte[(int) Files.size(file)]);
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not destroy key file " + file, e);
        }
    }

    static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }
}
