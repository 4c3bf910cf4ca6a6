package io.escapement.visual;

import io.escapement.catalog.ListingPhotos;
import java.awt.image.BufferedImage;
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

    /** A JPEG with the photo's pixels (flattened onto white) and nothing else. */
    static byte[] reencode(BufferedImage photo) {
        var rgb = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(photo, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return ListingPhotos.encode(rgb, 0.9f);
    }
}
