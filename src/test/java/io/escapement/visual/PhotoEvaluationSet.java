package io.escapement.visual;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Listing;
import io.escapement.catalog.WatchAppearance;
import io.escapement.demo.photo.WatchPainter;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * Query photos for the photo-search quality test: a listing's watch drawn again in another photo
 * session (other seed: camera angle, lighting, backdrop), from the front or at three-quarters, then
 * cropped, re-lit, blurred and saved as a low-quality JPEG, the way a buyer's snapshot differs from
 * the merchant's photo.
 */
public final class PhotoEvaluationSet {

    private static final WatchPainter painter = new WatchPainter();

    private PhotoEvaluationSet() {}

    /** The JPEG bytes of query number {@code n} for a listing. */
    public static byte[] query(Listing listing, int n) {
        var reference = listing.reference();
        return query(
                reference.appearance(), reference.caseMaterial(), listing.id().value() * 7919 + n, n % 2);
    }

    static byte[] query(WatchAppearance look, CaseMaterial material, long seed, int shot) {
        var random = new SplittableRandom(seed);
        var image = painter.paint(look, material, random.nextLong(), shot, 640);
        image = crop(image, random);
        image = relight(image, random.nextDouble(0.7, 1.3));
        if (random.nextBoolean()) {
            image = blur(image);
        }
        return jpeg(image, (float) random.nextDouble(0.35, 0.8));
    }

    private static BufferedImage crop(BufferedImage image, SplittableRandom random) {
        int width = (int) (image.getWidth() * random.nextDouble(0.78, 0.95));
        int height = (int) (image.getHeight() * random.nextDouble(0.78, 0.95));
        int x = random.nextInt(image.getWidth() - width + 1);
        int y = random.nextInt(image.getHeight() - height + 1);
        return image.getSubimage(x, y, width, height);
    }

    static BufferedImage relight(BufferedImage image, double factor) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, Color.BLACK, null);
        g.dispose();
        return new RescaleOp((float) factor, 0, null).filter(copy, null);
    }

    static BufferedImage blur(BufferedImage image) {
        float[] kernel = new float[25];
        java.util.Arrays.fill(kernel, 1 / 25f);
        return new ConvolveOp(new Kernel(5, 5, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(quality);
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
