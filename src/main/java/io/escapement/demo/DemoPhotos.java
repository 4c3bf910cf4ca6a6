package io.escapement.demo;

import io.escapement.catalog.WatchReference;
import io.escapement.catalog.spi.PhotoPainter;
import io.escapement.demo.photo.WatchPainter;
import java.awt.image.BufferedImage;
import org.springframework.stereotype.Component;

/** The demo listings' photos, drawn from each reference's appearance (ADR 4). */
@Component
class DemoPhotos implements PhotoPainter {

    private final WatchPainter painter = new WatchPainter();

    @Override
    public BufferedImage paint(WatchReference reference, long seed, int shot, int pixels) {
        return painter.paint(reference.appearance(), reference.caseMaterial(), seed, shot, pixels);
    }
}
