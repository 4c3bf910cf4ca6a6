package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.CaseMaterial;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Photos to be kept keep their pixels and lose every piece of metadata, GPS position included. */
class PhotoSanitiserTests {

    private final PhotoSanitiser sanitiser = new PhotoSanitiser();

    @Test
    void keptPhotosCarryNoExifOrGps() throws IOException {
        var photo = TestPhotos.withGpsExif(PhotoEvaluationSet.jpeg(
                TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 5), 0.9f));
        assertThat(TestPhotos.markers(photo)).contains(TestPhotos.APP1);
        assertThat(TestPhotos.ascii(photo)).contains("Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getWidth()).isEqualTo(400);

        var kept = sanitiser.sanitise(photo);

        assertThat(TestPhotos.markers(kept))
                .doesNotContain(TestPhotos.APP1)
                .allMatch(marker -> marker < 0xE1 || marker > 0xEF);
        assertThat(TestPhotos.ascii(kept)).doesNotContain("Exif").doesNotContain("MM\0*");
        var pixels = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(pixels.getWidth()).isEqualTo(400);
        assertThat(pixels.getHeight()).isEqualTo(400);
    }

    @Test
    void refusesWhatIsNotAPhoto() {
        assertThatThrownBy(() -> sanitiser.sanitise("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnacceptablePhoto.class);
        assertThatThrownBy(() -> sanitiser.sanitise(TestPhotos.pngClaiming(50_000, 50_000)))
                .isInstanceOf(UnacceptablePhoto.class);
    }
}
