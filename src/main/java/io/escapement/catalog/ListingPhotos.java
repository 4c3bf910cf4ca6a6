package io.escapement.catalog;

import io.escapement.catalog.photo.WatchPainter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Photos of listings as JPEG. Demo listings' photos are drawn from their reference's appearance
 * and the listing's photo seed the first time they are asked for, then served from a file cache;
 * a restart or another node draws the same pixels again, so the cache can be dropped at any time.
 */
@Service
public class ListingPhotos {

    /** The sizes offered; grids use thumbnails, the gallery uses large photos. */
    public enum Size {
        THUMBNAIL(400),
        LARGE(1000);

        final int pixels;

        Size(int pixels) {
            this.pixels = pixels;
        }
    }

    private final Listings listings;
    private final Path directory;
    private final WatchPainter painter = new WatchPainter();

    ListingPhotos(Listings listings, @Value("${escapement.catalog.photo-dir:data/photos}") Path directory) {
        this.listings = listings;
        this.directory = directory;
    }

    /**
     * The JPEG bytes of photo {@code position} (from 0) of a listing buyers may see, or empty when
     * there is no such listing or photo.
     */
    public Optional<byte[]> jpeg(long listingId, int position, Size size) {
        return listings.photoSubject(listingId)
                .filter(subject -> position >= 0 && position < subject.count())
                .map(subject -> cached(position, size, subject));
    }

    /**
     * The cache is keyed by what the pixels are drawn from (reference, seed, position), not by the
     * listing id, so a cache that outlives its database never shows another watch.
     */
    private byte[] cached(int position, Size size, Listings.PhotoSubject subject) {
        var reference = subject.reference();
        var file = directory
                .resolve(size.name().toLowerCase())
                .resolve(Long.toString(reference.id()))
                .resolve(Long.toUnsignedString(subject.seed(), 36) + "-" + position + ".jpg");
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            var image = painter.paint(
                    reference.appearance(), reference.caseMaterial(), subject.seed(), position, size.pixels);
            var bytes = encode(image);
            Files.createDirectories(file.getParent());
            var temporary = Files.createTempFile(file.getParent(), "photo", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store photo " + file, e);
        }
    }

    private static byte[] encode(java.awt.image.BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0.86f);
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
