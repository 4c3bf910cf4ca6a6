package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.escapement.catalog.CaseMaterial;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import org.junit.jupiter.api.Test;

/** The descriptor: compact, unit length, deterministic, and closer for the same watch. */
class PhotoDescriptorTests {

    private final BufferedImage diver = TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 7);

    @Test
    void isACompactUnitVector() {
        var vector = PhotoDescriptor.describe(diver);
        assertThat(vector).hasSize(PhotoDescriptor.DIMENSIONS);
        assertThat(PhotoDescriptor.DIMENSIONS).isLessThanOrEqualTo(256);
        assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-4));
        assertThat(PhotoDescriptor.describe(diver)).containsExactly(vector);
    }

    @Test
    void theSameWatchIsCloserThanAnotherWatch() {
        var sameWatchOtherSession = TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 99);
        var dressWatch = TestPhotos.watch(TestPhotos.WHITE_DRESS_WATCH, CaseMaterial.YELLOW_GOLD, 7);
        var query = PhotoDescriptor.describe(diver);
        assertThat(dot(query, PhotoDescriptor.describe(sameWatchOtherSession)))
                .isGreaterThan(dot(query, PhotoDescriptor.describe(dressWatch)));
    }

    @Test
    void brightnessIsNormalised() {
        var darker = new RescaleOp(0.75f, 0, null).filter(diver, null);
        var query = PhotoDescriptor.describe(diver);
        assertThat(dot(query, PhotoDescriptor.describe(darker))).isGreaterThan(0.97);
    }

    @Test
    void findsTheWatchInAPhotoFramedOffCentre() {
        var offCentre = new BufferedImage(diver.getWidth(), diver.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = offCentre.createGraphics();
        graphics.drawImage(diver, -diver.getWidth() / 8, diver.getHeight() / 10, null);
        graphics.dispose();
        var dressWatch = TestPhotos.watch(TestPhotos.WHITE_DRESS_WATCH, CaseMaterial.STAINLESS_STEEL, 7);
        var query = PhotoDescriptor.describe(offCentre);
        assertThat(dot(query, PhotoDescriptor.describe(diver)))
                .isGreaterThan(0.8)
                .isGreaterThan(dot(query, PhotoDescriptor.describe(dressWatch)) + 0.3);
    }

    @Test
    void describesOddShapesAndTinyPhotos() {
        var wide = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        wide.createGraphics().drawImage(diver, 300, 0, 300, 300, null);
        assertThat(dot(PhotoDescriptor.describe(wide), PhotoDescriptor.describe(diver)))
                .isGreaterThan(0.9);
        var tiny = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        assertThat(PhotoDescriptor.describe(tiny)).hasSize(PhotoDescriptor.DIMENSIONS);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
