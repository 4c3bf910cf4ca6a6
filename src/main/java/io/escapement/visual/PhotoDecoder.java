package io.escapement.visual;

import io.escapement.visual.UnacceptablePhoto.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes uploaded photos safely, in memory: at most {@link #MAX_BYTES} bytes; the type is taken
 * from the magic bytes (JPEG, PNG or WebP), never from the file name or the declared content type;
 * the pixel dimensions are read from the header and capped before a single pixel is decoded, so a
 * small file that would expand into gigabytes (a decompression bomb) is refused. The bytes are
 * read through a memory cache, never ImageIO's temporary files, so a query photo never touches the
 * disk.
 */
public final class PhotoDecoder {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_SIDE = 8000;
    public static final long MAX_PIXELS = 40_000_000L;

    /** The image types we accept, with the ImageIO format that decodes each. */
    enum Type {
        JPEG("jpeg"),
        PNG("png"),
        WEBP("webp");

        final String format;

        Type(String format) {
            this.format = format;
        }
    }

    private PhotoDecoder() {}

    /** The decoded photo, or {@link UnacceptablePhoto} saying what is wrong with it. */
    public static BufferedImage decode(byte[] bytes) {
        return decode(bytes, Integer.MAX_VALUE);
    }

    /**
     * The decoded photo, subsampled while decoding so that its short side is at least {@code
     * minSide} but not much more: a search needs no more pixels than that, and skipping the rest
     * keeps decoding of large photos fast.
     */
    public static BufferedImage decode(byte[] bytes, int minSide) {
        if (bytes.length == 0) {
            throw new UnacceptablePhoto(Reason.EMPTY, "The photo is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnacceptablePhoto(Reason.TOO_LARGE, "A photo may be at most 10 MB.");
        }
        var type = type(bytes);
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReadersByFormatName(type.format);
            if (!readers.hasNext()) {
                throw new UnacceptablePhoto(Reason.UNSUPPORTED_TYPE, "This server cannot read " + type + " photos.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0), height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new UnacceptablePhoto(
                            Reason.TOO_MANY_PIXELS,
                            "A photo may be at most " + MAX_SIDE
                                    + " pixels wide and high and 40 megapixels; this one is " + width + " × " + height
                                    + ".");
                }
                var parameters = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.min(width, height) / Math.max(1, minSide));
                parameters.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, parameters);
                if (image == null) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnacceptablePhoto unacceptable) {
                throw unacceptable;
            }
            throw unreadable();
        }
    }

    /** The type announced by the file's first bytes. */
    static Type type(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Type.JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Type.PNG;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Type.WEBP;
        }
        throw new UnacceptablePhoto(Reason.UNSUPPORTED_TYPE, "Only JPEG, PNG and WebP photos are accepted.");
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        int[] head = new int[magic.length];
        for (int i = 0; i < magic.length; i++) {
            head[i] = bytes[offset + i] & 0xFF;
        }
        return Arrays.equals(head, magic);
    }

    private static UnacceptablePhoto unreadable() {
        return new UnacceptablePhoto(Reason.UNREADABLE, "The photo could not be read; it may be damaged.");
    }
}
