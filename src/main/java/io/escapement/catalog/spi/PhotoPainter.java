package io.escapement.catalog.spi;

import io.escapement.catalog.WatchReference;
import java.awt.image.BufferedImage;

/**
 * Draws a listing's photos that no merchant uploaded. The catalog asks for them by position and
 * caches the result, so a painter must give the same pixels for the same arguments, on any node.
 * Without a painter, a listing shows its uploaded photos only.
 */
public interface PhotoPainter {

    /**
     * Photo {@code shot} (from 0) of a watch of {@code reference}, {@code pixels} square; {@code
     * seed} makes one listing's photos look like one photo session.
     */
    BufferedImage paint(WatchReference reference, long seed, int shot, int pixels);
}
