package io.escapement.catalog;

import io.escapement.catalog.spi.PhotoPainter;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Photos of listings as JPEG. A listing shows the photos its merchant uploaded first, in upload
 * order, then its drawn demo photos. Uploaded photos are kept in the database and fitted to each
 * size; demo photos are drawn from their reference's appearance and the listing's photo seed. Both
 * are made the first time they are asked for, then served from a file cache; a restart or another
 * node makes the same pixels again, so the cache can be dropped at any time.
 */
@Service
public class ListingPhotos {

    /** The sizes offered, square; grids use thumbnails, the gallery uses large photos. */
    public enum Size {
        THUMBNAIL(400),
        LARGE(1000);

        final int pixels;

        Size(int pixels) {
            this.pixels = pixels;
        }
    }

    /** JPEG quality of the photos served. */
    private static final float QUALITY = 0.86f;

    private static final int START_OF_SCAN = 0xDA, APP0 = 0xE0, APP15 = 0xEF, COMMENT = 0xFE;

    private final Listings listings;
    private final UploadedPhotos uploads;
    private final Path directory;
    private final ObjectProvider<PhotoPainter> painter;

    ListingPhotos(
            Listings listings,
            UploadedPhotos uploads,
            @Value("${escapement.catalog.photo-dir:data/photos}") Path directory,
            ObjectProvider<PhotoPainter> painter) {
        this.listings = listings;
        this.uploads = uploads;
        this.directory = directory;
        this.painter = painter;
    }

    /**
     * The JPEG bytes of photo {@code position} (from 0) of a listing buyers may see, or empty when
     * there is no such listing or photo (or the photo is a drawn one and no {@link PhotoPainter}
     * draws).
     */
    public Optional<byte[]> jpeg(ListingId listing, int position, Size size) {
        return listings.photoSubject(listing)
                .filter(subject -> position >= 0 && position < subject.count())
                .flatMap(subject -> position < subject.uploaded().size()
                        ? uploaded(subject.uploaded().get(position), size)
                        : drawn(position - subject.uploaded().size(), size, subject));
    }

    /**
     * The cache is keyed by what the pixels are drawn from (reference, seed, position among the
     * drawn photos), not by the listing id, so a cache that outlives its database never shows
     * another watch.
     */
    private Optional<byte[]> drawn(int position, Size size, Listings.PhotoSubject subject) {
        var painter = this.painter.getIfAvailable();
        if (painter == null) {
            return Optional.empty();
        }
        var reference = subject.reference();
        var file = directory
                .resolve(size.name().toLowerCase())
                .resolve(reference.id().toString())
                .resolve(Long.toUnsignedString(subject.seed(), 36) + "-" + position + ".jpg");
        return cached(file, () -> Optional.of(painter.paint(reference, subject.seed(), position, size.pixels)));
    }

    /** Cached by the photo's random name, which no other photo ever gets. */
    private Optional<byte[]> uploaded(UUID name, Size size) {
        var file =
                directory.resolve("uploaded").resolve(size.name().toLowerCase()).resolve(name + ".jpg");
        return cached(file, () -> uploads.jpeg(name).map(jpeg -> fitted(decode(jpeg), size.pixels)));
    }

    private static Optional<byte[]> cached(Path file, Supplier<Optional<BufferedImage>> source) {
        try {
            if (Files.exists(file)) {
                return Optional.of(Files.readAllBytes(file));
            }
            var image = source.get();
            if (image.isEmpty()) {
                return Optional.empty();
            }
            var bytes = encode(image.get(), QUALITY);
            Files.createDirectories(file.getParent());
            var temporary = Files.createTempFile(file.getParent(), "photo", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store photo " + file, e);
        }
    }

    /**
     * The photo scaled to fit a white square of {@code side} pixels, centred, like the drawn photos.
     * Large photos are halved step by step first, so that the final bicubic step sees every pixel.
     */
    static BufferedImage fitted(BufferedImage photo, int side) {
        double scale = (double) side / Math.max(photo.getWidth(), photo.getHeight());
        int width = Math.max(1, (int) Math.round(photo.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(photo.getHeight() * scale));
        var image = photo;
        while (image.getWidth() / 2 >= width && image.getHeight() / 2 >= height) {
            int halfWidth = image.getWidth() / 2, halfHeight = image.getHeight() / 2;
            image = onCanvas(image, halfWidth, halfHeight, halfWidth, halfHeight);
        }
        return onCanvas(image, width, height, side, side);
    }

    /** The image at {@code width × height} in the middle of a white canvas. */
    private static BufferedImage onCanvas(
            BufferedImage image, int width, int height, int canvasWidth, int canvasHeight) {
        var canvas = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_RGB);
        var g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, canvasWidth, canvasHeight);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, (canvasWidth - width) / 2, (canvasHeight - height) / 2, width, height, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /**
     * Whether the bytes are a JPEG whose segments before the image data hold nothing but the image:
     * no APP1 to APP15 segment (EXIF, GPS, XMP, ICC profile, ...) and no comment. A JFIF header
     * (APP0) is allowed.
     */
    static boolean isBareJpeg(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return false;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == START_OF_SCAN) {
                return true;
            }
            if ((marker > APP0 && marker <= APP15) || marker == COMMENT) {
                return false;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("A stored listing photo is not a JPEG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The image as a baseline JPEG of this quality, written in memory and with no metadata: the
     * writer is handed the pixels alone.
     */
    public static byte[] encode(BufferedImage image, float quality) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(quality);
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
