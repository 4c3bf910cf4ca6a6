package io.escapement.visual;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Service;

/**
 * Cleans photos that are meant to be kept (listing photos uploaded by merchants, later review
 * photos) before another module keeps them. Every photo is decoded with {@link PhotoDecoder}'s
 * checks and re-encoded from its pixels alone as a baseline JPEG, so EXIF (camera, time, GPS
 * position), XMP, ICC profiles, comments and anything else the original file carried are gone.
 */
@Service
public class PhotoSanitiser {

    /**
     * Kept photos are decoded with at least this many pixels on the short side (and less than
     * twice as many), enough for the largest size listings are shown at.
     */
    static final int KEPT_SIDE = 1000;

    /**
     * The uploaded photo re-encoded from its pixels alone as a JPEG, for a module that keeps it
     * itself (the catalog keeps listing photos).
     *
     * @throws UnacceptablePhoto when the upload is not a JPEG, PNG or WebP photo we can safely read
     */
    public byte[] sanitise(byte[] upload) {
        return reencode(PhotoDecoder.decode(upload, KEPT_SIDE));
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
