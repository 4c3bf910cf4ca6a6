package io.escapement.visual;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stores photos that are meant to be kept (later review photos), or only cleans them for another
 * module to keep ({@link #sanitise}: listing photos uploaded by merchants). Every photo is decoded with {@link PhotoDecoder}'s checks and re-encoded from its pixels
 * alone as a baseline JPEG, so EXIF (camera, time, GPS position), XMP, ICC profiles, comments and
 * anything else the original file carried are gone. Stored files get random names.
 */
@Service
public class PhotoStore {

    private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.jpg");
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9-]{1,64}");

    /**
     * Kept photos are decoded with at least this many pixels on the short side (and less than
     * twice as many), enough for the largest size listings are shown at.
     */
    static final int KEPT_SIDE = 1000;

    private final Path directory;

    PhotoStore(@Value("${escapement.visual.photo-store-dir}") Path directory) {
        this.directory = directory;
    }

    /**
     * Re-encodes an uploaded photo and stores it in a folder (such as {@code listing-42}); returns
     * its name for {@link #read}.
     *
     * @throws UnacceptablePhoto when the upload is not a JPEG, PNG or WebP photo we can safely read
     */
    public String store(String folder, byte[] upload) {
        var jpeg = sanitise(upload);
        var name = UUID.randomUUID() + ".jpg";
        try {
            var target = folder(folder);
            Files.createDirectories(target);
            var temporary = Files.createTempFile(target, "upload", ".tmp");
            Files.write(temporary, jpeg);
            Files.move(temporary, target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a photo", e);
        }
    }

    /**
     * The uploaded photo re-encoded from its pixels alone as a JPEG, for a module that keeps it
     * itself (the catalog keeps listing photos).
     *
     * @throws UnacceptablePhoto when the upload is not a JPEG, PNG or WebP photo we can safely read
     */
    public byte[] sanitise(byte[] upload) {
        return reencode(PhotoDecoder.decode(upload, KEPT_SIDE));
    }

    /** The stored JPEG bytes, or empty when there is no such photo. */
    public Optional<byte[]> read(String folder, String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            var file = folder(folder).resolve(name);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a stored photo", e);
        }
    }

    /** The names of the photos stored in a folder, in name order. */
    public List<String> list(String folder) {
        var path = folder(folder);
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list stored photos", e);
        }
    }

    private Path folder(String folder) {
        if (!FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("Not a photo folder: " + folder);
        }
        return directory.resolve(folder);
    }

    /** A JPEG with the photo's pixels and nothing else: no metadata is handed to the writer. */
    static byte[] reencode(BufferedImage photo) {
        var rgb = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(photo, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0.9f);
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
