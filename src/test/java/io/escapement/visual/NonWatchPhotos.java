package io.escapement.visual;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Pictures that are not photos of a watch, the way buyers upload them by mistake: screenshots of
 * text on white, of pages made of UI blocks, gradients, photos of a flat colour (a wall, a table)
 * and sensor noise. Each kind is drawn at screenshot and photo sizes from a seed.
 */
final class NonWatchPhotos {

    enum Kind {
        TEXT,
        UI_BLOCKS,
        GRADIENT,
        FLAT_COLOUR,
        NOISE
    }

    private static final List<int[]> SIZES =
            List.of(new int[] {1280, 800}, new int[] {750, 1334}, new int[] {1080, 1920}, new int[] {800, 600});

    /**
     * The text is set in the font the application ships (WenQuanYi Micro Hei, for the waybill), not
     * in whatever the machine has: without a CJK font Java draws Chinese as empty boxes, and the
     * pictures, so the rates measured on them, would depend on the machine.
     */
    private static final Font TEXT_FONT = shippedFont();

    private NonWatchPhotos() {}

    private static Font shippedFont() {
        try (var in = NonWatchPhotos.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                throw new IllegalStateException("the shipped font is missing from the class path");
            }
            return Font.createFonts(in)[0];
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the shipped font cannot be read", e);
        }
    }

    /** Picture {@code n} of a kind, as JPEG bytes of the quality a phone or a screenshot tool writes. */
    static byte[] jpeg(Kind kind, int n) {
        var random = new SplittableRandom(kind.ordinal() * 1_000_003L + n);
        int[] size = SIZES.get(n % SIZES.size());
        var image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setClip(0, 0, size[0], size[1]);
        switch (kind) {
            case TEXT -> text(g, random);
            case UI_BLOCKS -> uiBlocks(g, random);
            case GRADIENT -> gradient(g, random);
            case FLAT_COLOUR -> flatColour(g, random);
            case NOISE -> noise(g, random);
        }
        g.dispose();
        return PhotoEvaluationSet.jpeg(image, (float) random.nextDouble(0.6, 0.92));
    }

    private static int width(Graphics2D g) {
        return g.getClipBounds().width;
    }

    private static int height(Graphics2D g) {
        return g.getClipBounds().height;
    }

    private static void text(Graphics2D g, SplittableRandom random) {
        g.setColor(new Color(250, 250, 250 - random.nextInt(8)));
        g.fillRect(0, 0, width(g), height(g));
        g.setColor(new Color(random.nextInt(60), random.nextInt(60), random.nextInt(60)));
        int size = 14 + random.nextInt(18);
        boolean chinese = random.nextBoolean();
        g.setFont(TEXT_FONT.deriveFont(Font.PLAIN, size));
        int margin = 20 + random.nextInt(60);
        for (int y = margin + size; y < height(g) - margin; y += size * 3 / 2) {
            var line = new StringBuilder();
            int words = 4 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                line.append(chinese ? "腕表订单隐私政策客服保养".substring(random.nextInt(5), 5 + random.nextInt(6)) : "order");
                line.append(chinese ? "，" : " watch privacy cart ".substring(random.nextInt(6)));
            }
            g.drawString(line.toString(), margin, y);
            if (random.nextInt(8) == 0) {
                y += size;
            }
        }
    }

    private static void uiBlocks(Graphics2D g, SplittableRandom random) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(g), height(g));
        g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        g.fillRect(0, 0, width(g), 50 + random.nextInt(60));
        int columns = 2 + random.nextInt(3);
        int gap = 16;
        int cell = (width(g) - gap * (columns + 1)) / columns;
        for (int row = 0; row < 6; row++) {
            for (int column = 0; column < columns; column++) {
                int x = gap + column * (cell + gap);
                int y = 140 + row * (cell + gap);
                g.setColor(new Color(225 + random.nextInt(25), 225 + random.nextInt(25), 225 + random.nextInt(25)));
                g.fillRoundRect(x, y, cell, cell * 3 / 4, 12, 12);
                g.setColor(new Color(random.nextInt(120), random.nextInt(120), random.nextInt(120)));
                g.fillRect(x + 10, y + cell * 3 / 4 - 40, cell / 2, 10);
                g.fillRoundRect(x + 10, y + cell * 3 / 4 - 22, cell / 3, 14, 8, 8);
            }
        }
        g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        g.setStroke(new BasicStroke(2));
        g.drawRoundRect(width(g) / 4, 70, width(g) / 2, 36, 18, 18);
    }

    private static void gradient(Graphics2D g, SplittableRandom random) {
        var from = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
        var to = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
        if (random.nextBoolean()) {
            g.setPaint(new GradientPaint(0, 0, from, width(g), height(g), to));
        } else {
            g.setPaint(new RadialGradientPaint(
                    width(g) / 2f, height(g) / 2f, Math.max(width(g), height(g)) / 2f, new float[] {0, 1}, new Color[] {
                        from, to
                    }));
        }
        g.fillRect(0, 0, width(g), height(g));
    }

    private static void flatColour(Graphics2D g, SplittableRandom random) {
        var colour = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
        g.setPaint(new GradientPaint(0, 0, colour, width(g), height(g), colour.darker(), false));
        g.fillRect(0, 0, width(g), height(g));
    }

    private static void noise(Graphics2D g, SplittableRandom random) {
        int w = width(g), h = height(g);
        var pixels = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int base = random.nextInt(200);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = base + random.nextInt(56);
                pixels.setRGB(x, y, (v << 16) | ((v + random.nextInt(20)) % 256 << 8) | (v * 7 / 8));
            }
        }
        g.drawImage(pixels, 0, 0, null);
    }
}
