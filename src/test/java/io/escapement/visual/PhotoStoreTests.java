package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.CaseMaterial;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored photos keep their pixels and lose every piece of metadata, GPS position included. */
class PhotoStoreTests {

    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;

    @TempDir
    Path directory;

    @Test
    void storedPhotosCarryNoExifOrGps() throws IOException {
        var photo = withGpsExif(PhotoEvaluationSet.jpeg(
                TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 5), 0.9f));
        assertThat(markers(photo)).contains(APP1);
        assertThat(ascii(photo)).contains("Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getWidth()).isEqualTo(400);

        var store = new PhotoStore(directory);
        var name = store.store("listing-1", photo);

        var stored = Files.readAllBytes(directory.resolve("listing-1").resolve(name));
        assertThat(store.list("listing-1")).containsExactly(name);
        assertThat(store.read("listing-1", name))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(stored));
        assertThat(markers(stored)).doesNotContain(APP1).allMatch(marker -> marker < 0xE1 || marker > 0xEF);
        assertThat(ascii(stored)).doesNotContain("Exif").doesNotContain("MM\0*");
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

    /** The JPEG with an APP1 Exif segment holding a GPS position (31°14'N) spliced in after SOI. */
    private static byte[] withGpsExif(byte[] jpeg) throws IOException {
        var tiff = new ByteArrayOutputStream();
        var out = new DataOutputStream(tiff);
        out.writeBytes("MM");
        out.writeShort(42);
        out.writeInt(8);
        out.writeShort(1); // IFD0: one entry, the GPS IFD pointer
        entry(out, 0x8825, 4, 1, 26);
        out.writeInt(0);
        out.writeShort(2); // GPS IFD at 26: latitude reference and latitude
        entry(out, 0x0001, 2, 2, 'N' << 24);
        entry(out, 0x0002, 5, 3, 56);
        out.writeInt(0);
        for (int value : new int[] {31, 14, 0}) { // rationals at 56
            out.writeInt(value);
            out.writeInt(1);
        }
        var exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.writeBytes(tiff.toByteArray());
        var body = exif.toByteArray();
        var result = new ByteArrayOutputStream();
        result.write(jpeg, 0, 2);
        result.write(new byte[] {(byte) 0xFF, (byte) APP1, (byte) ((body.length + 2) >> 8), (byte) (body.length + 2)});
        result.writeBytes(body);
        result.write(jpeg, 2, jpeg.length - 2);
        return result.toByteArray();
    }

    private static void entry(DataOutputStream out, int tag, int type, int count, int value) throws IOException {
        out.writeShort(tag);
        out.writeShort(type);
        out.writeInt(count);
        out.writeInt(value);
    }

    /** The marker codes of the JPEG's segments before the image data. */
    private static List<Integer> markers(byte[] jpeg) {
        var markers = new ArrayList<Integer>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == SOS) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
