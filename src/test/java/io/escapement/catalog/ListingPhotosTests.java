package io.escapement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Uploaded photos are fitted to the square sizes listings are shown at, whole and centred. */
class ListingPhotosTests {

    @Test
    void fitsAWidePhotoIntoAWhiteSquareKeepingItsShape() {
        var wide = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_RGB);
        var g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 3000, 1500);
        g.dispose();

        var fitted = ListingPhotos.fitted(wide, ListingPhotos.Size.THUMBNAIL.pixels);

        assertThat(fitted.getWidth()).isEqualTo(400);
        assertThat(fitted.getHeight()).isEqualTo(400);
        assertThat(new Color(fitted.getRGB(200, 200))).isEqualTo(Color.RED);
        assertThat(new Color(fitted.getRGB(2, 102))).isEqualTo(Color.RED);
        assertThat(new Color(fitted.getRGB(200, 20))).as("above the photo").isEqualTo(Color.WHITE);
        assertThat(new Color(fitted.getRGB(200, 380))).as("below the photo").isEqualTo(Color.WHITE);
    }

    @Test
    void enlargesASmallPhotoToFillTheSquare() {
        var small = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        var fitted = ListingPhotos.fitted(small, ListingPhotos.Size.LARGE.pixels);
        assertThat(fitted.getWidth()).isEqualTo(1000);
        assertThat(new Color(fitted.getRGB(5, 5))).isEqualTo(Color.BLACK);
    }
}
