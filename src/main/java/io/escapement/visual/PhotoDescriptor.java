package io.escapement.visual;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The descriptor of a watch photo (ADR 0019): hand-made {@link PhotoFeatures} around the watch's
 * centre, projected by a learned linear {@link Projection} to a short unit vector whose dot
 * product compares two photos. The projection was fitted so that photos of one reference from
 * other sessions, angles, framings and lighting land close together and photos of other references
 * far apart. No model is downloaded. Pure function: thread-safe.
 */
public final class PhotoDescriptor {

    private static final Projection PROJECTION = Projection.shipped();

    /** Number of floats in a descriptor. */
    public static final int DIMENSIONS = PROJECTION.outputs();

    private PhotoDescriptor() {}

    /** The unit-length descriptor of a photo of any size, framed as a merchant frames one. */
    public static float[] describe(BufferedImage photo) {
        return describe(photo, List.of(1.0)).get(0);
    }

    /**
     * Descriptors of the photo seen from further away: {@code zoomOut} 1.25 describes a disc 1.25
     * times half the photo's short side, so a close-up matches a photo framed more loosely. The
     * photo is prepared (and its watch found) once for all views.
     */
    static List<float[]> describe(BufferedImage photo, List<Double> zoomOuts) {
        return describe(PhotoFeatures.prepare(photo), zoomOuts);
    }

    /** Descriptors of a prepared photo seen from further away, as {@link #describe(BufferedImage, List)}. */
    static List<float[]> describe(PhotoFeatures.Prepared prepared, List<Double> zoomOuts) {
        return zoomOuts.stream()
                .map(zoom -> PROJECTION.apply(PhotoFeatures.of(prepared, zoom)))
                .toList();
    }

    /** Identifies how descriptors are made; an index of descriptors made otherwise must be rebuilt. */
    static String version() {
        return PROJECTION.id();
    }
}
