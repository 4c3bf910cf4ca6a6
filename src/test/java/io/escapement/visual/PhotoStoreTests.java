package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.CaseMaterial;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored photos keep their pixels and lose every piece of metadata, GPS position included. */
class PhotoStoreTests {

    @TempDir
    Path directory;

    @Test
    void storedPhotosCarryNoExifOrGps() throws IOException {
        var photo = TestPhotos.withGpsExif(PhotoEvaluationSet.jpeg(
                TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 5), 0.9f));
        assertThat(TestPhotos.markers(photo)).contains(TestPhotos.APP1);
        assertThat(TestPhotos.ascii(photo)).contains("Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getWidth()).isEqualTo(400);

        var store = new PhotoStore(directory);
        var name = store.store("listing-1", photo);

        var stored = Files.readAllBytes(directory.resolve("listing-1").resolve(name));
        assertThat(store.list("listing-1")).containsExactly(name);
        assertThat(store.read("listing-1", name))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(stored));
        assertThat(TestPhotos.markers(stored))
                .doesNotContain(TestPhotos.APP1)
                .allMatch(marker -> marker < 0xE1 || marker > 0xEF);
        assertThat(TestPhotos.ascii(stored)).doesNotContain("Exif").doesNotContain("MM\0*");
        var pixels = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(pixels.getWidth()).isEqualTo(400);
        assertThat(pixels.getHeight()).isEqualTo(400);
    }

    @Test
    void refusesWhatIsNotAPhotoAndWritesNothing() throws IOException {
        var store = new PhotoStore(directory);
        assertThatThrownBy(() -> store.store("listing-1", "GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnacceptablePhoto.class);
        assertThatThrownBy(() -> store.store("listing-1", TestPhotos.pngClaiming(50_000, 50_000)))
                .isInstanceOf(UnacceptablePhoto.class);
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
        assertThat(store.read("listing-1", "../../etc/passwd")).isEmpty();
        assertThat(store.read("listing-1", "00000000-0000-0000-0000-000000000000.jpg"))
                .isEmpty();
        assertThat(store.list("listing-1")).isEmpty();
        assertThatThrownBy(() -> store.list("../keys")).isInstanceOf(IllegalArgumentException.class);
    }
}
