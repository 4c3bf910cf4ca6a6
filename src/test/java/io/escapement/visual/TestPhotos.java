package io.escapement.visual;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.WatchAppearance;
import io.escapement.catalog.photo.WatchPainter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Photos and not-quite-photos for tests. */
final class TestPhotos {

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
}
