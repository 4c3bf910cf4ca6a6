package io.escapement.audit;

import io.escapement.audit.spi.AuditAnchor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The default anchor: one line {@code seq hash signature} (hex) in a file readable by its owner
 * only, replaced atomically (written beside it, forced to disk, then moved over it).
 */
final class FileAuditAnchor implements AuditAnchor {

    private static final HexFormat HEX = HexFormat.of();

    private final Path file;

    FileAuditAnchor(Path file) {
        this.file = file.toAbsolutePath();
    }

    /**
     * @throws IllegalStateException when the file holds something other than an anchor
     */
    @Override
    public Optional<SignedHead> read() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            var parts =
                    Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
                throw new IllegalStateException("The audit anchor " + file + " is not an anchor");
            }
            return Optional.of(
                    new SignedHead(Long.parseLong(parts[0]), HEX.parseHex(parts[1]), HEX.parseHex(parts[2])));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit anchor " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit anchor " + file + " is not an anchor", e);
        }
    }

    @Override
    public void write(SignedHead head) {
        var line = head.seq() + " " + HEX.formatHex(head.hash()) + " " + HEX.formatHex(head.signature()) + "\n";
        try {
            var directory = Files.createDirectories(file.getParent());
            var temporary = Files.createTempFile(directory, ".audit-anchor", ".tmp");
            try {
                ownerOnly(temporary);
                try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(StandardCharsets.US_ASCII.encode(line));
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit anchor " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
