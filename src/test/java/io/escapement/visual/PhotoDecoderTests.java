package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.CaseMaterial;
import io.escapement.visual.UnacceptablePhoto.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Uploaded photos are typed by their magic bytes and sized up before any pixel is decoded. */
class PhotoDecoderTests {

    private final java.awt.image.BufferedImage watch =
            TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 1);

    @Test
    void decodesJpegPngAndWebp() {
        assertThat(PhotoDecoder.decode(PhotoEvaluationSet.jpeg(watch, 0.8f)).getWidth())
                .isEqualTo(400);
        assertThat(PhotoDecoder.decode(TestPhotos.png(watch)).getHeight()).isEqualTo(400);
        var webp = PhotoDecoder.decode(TestPhotos.WEBP);
        assertThat(webp.getWidth()).isEqualTo(1);
        assertThat(webp.getHeight()).isEqualTo(1);
    }

    @Test
    void subsamplesLargePhotosWhileDecoding() {
        var large = new java.awt.image.BufferedImage(2400, 1800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        large.createGraphics().drawImage(watch, 0, 0, 2400, 1800, null);
        var decoded = PhotoDecoder.decode(PhotoEvaluationSet.jpeg(large, 0.8f), 400);
        assertThat(decoded.getHeight()).isBetween(400, 799);
        assertThat(decoded.getWidth()).isEqualTo(2400 / (1800 / 400));
    }

    @Test
    void refusesWhatIsNotAJpegPngOrWebp() {
        refused(() -> PhotoDecoder.decode(TestPhotos.gif(watch)), Reason.UNSUPPORTED_TYPE);
        refused(
                () -> PhotoDecoder.decode("not a photo at all".getBytes(StandardCharsets.UTF_8)),
                Reason.UNSUPPORTED_TYPE);
        refused(() -> PhotoDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8}), Reason.UNSUPPORTED_TYPE);
        refused(() -> PhotoDecoder.decode(new byte[0]), Reason.EMPTY);
    }

    @Test
    void refusesDamagedPhotos() {
        var jpeg = PhotoEvaluationSet.jpeg(watch, 0.8f);
        refused(() -> PhotoDecoder.decode(Arrays.copyOf(jpeg, 40)), Reason.UNREADABLE);
        var riff = "RIFF\0\0\0\0WEBPVP8 garbage".getBytes(StandardCharsets.US_ASCII);
        refused(() -> PhotoDecoder.decode(riff), Reason.UNREADABLE);
    }

    @Test
    void refusesPhotosOverTenMegabytes() {
        var huge = Arrays.copyOf(PhotoEvaluationSet.jpeg(watch, 0.8f), PhotoDecoder.MAX_BYTES + 1);
        refused(() -> PhotoDecoder.decode(huge), Reason.TOO_LARGE);
    }

    @Test
    void refusesDecompressionBombsFromTheHeaderAlone() {
        var bomb = TestPhotos.pngClaiming(60_000, 60_000);
        assertThat(bomb.length).isLessThan(100);
        refused(() -> PhotoDecoder.decode(bomb), Reason.TOO_MANY_PIXELS);
        refused(() -> PhotoDecoder.decode(TestPhotos.pngClaiming(7_000, 7_000)), Reason.TOO_MANY_PIXELS);
    }

    private static void refused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(UnacceptablePhoto.class)
                .satisfies(e -> assertThat(((UnacceptablePhoto) e).reason()).isEqualTo(reason));
    }
}
