package io.escapement.visual;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.WatchAppearance;
import io.escapement.demo.photo.WatchPainter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Photos and not-quite-photos for tests. */
public final class TestPhotos {

    static final WatchAppearance BLACK_DIVER = new WatchAppearance(
            WatchAppearance.CaseShape.ROUND,
            "#111111",
            WatchAppearance.Bezel.DIVER,
            List.of("#111111"),
            WatchAppearance.Indices.DOT,
            WatchAppearance.Hands.MERCEDES,
            0,
            true,
            WatchAppearance.Bracelet.OYSTER,
            "#c0c0c0");

    static final WatchAppearance WHITE_DRESS_WATCH = new WatchAppearance(
            WatchAppearance.CaseShape.ROUND,
            "#f4f1e8",
            WatchAppearance.Bezel.SMOOTH,
            List.of("#d9b35f"),
            WatchAppearance.Indices.ROMAN,
            WatchAppearance.Hands.LEAF,
            0,
            false,
            WatchAppearance.Bracelet.LEATHER,
            "#3b2a20");

    static final int SOS = 0xDA;
    public static final int APP1 = 0xE1;

    /** A 1 × 1 lossy WebP. */
    static final byte[] WEBP =
            Base64.getDecoder().decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");

    private TestPhotos() {}

    static BufferedImage watch(WatchAppearance look, CaseMaterial material, long seed) {
        return new WatchPainter().paint(look, material, seed, 0, 400);
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    static byte[] gif(BufferedImage image) {
        return encode(image, "gif");
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A tiny PNG whose header claims {@code width × height} pixels: decoding it would need gigabytes
     * (a decompression bomb), reading its header does not.
     */
    static byte[] pngClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        try (var data = new DataOutputStream(out)) {
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            var header = new ByteArrayOutputStream();
            var fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[] {8, 2, 0, 0, 0});
            chunk(data, "IHDR", header.toByteArray());
            chunk(data, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
            chunk(data, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(typeBytes);
        out.write(body);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    /** A JPEG photo of 400 × 300 pixels whose EXIF holds a GPS position (31°14'N). */
    public static byte[] photoWithGps() {
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setColor(new Color(0x1d3557));
            g.fillRect(0, 0, 400, 300);
            g.setColor(new Color(0xe9c46a));
            g.fillOval(100, 50, 200, 200);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
            return withGpsExif(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with an APP1 Exif segment holding a GPS position (31°14'N) spliced in after SOI. */
    public static byte[] withGpsExif(byte[] jpeg) throws IOException {
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
    public static List<Integer> markers(byte[] jpeg) {
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

    public static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
