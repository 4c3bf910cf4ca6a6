package io.escapement.visual;

import java.awt.image.BufferedImage;

/**
 * A compact, hand-made image descriptor for photos of watches (ADR 0015): no model, no download.
 * The photo is centre-cropped to a square and box-averaged to 64 × 64 pixels, then described by
 *
 * <ul>
 *   <li>colour histograms (HSV, 52 bins) of the dial area and of the ring around it, weighted
 *       towards the centre, where a product photo puts the watch;
 *   <li>the mean colour (YCbCr) of three concentric rings;
 *   <li>edge orientations relative to the radius (8 bins) and edge density, per ring, which do not
 *       change when the watch is turned.
 * </ul>
 *
 * Before that, brightness is normalised (the 90th percentile of HSV value is brought to 0.9), so
 * the same watch lit more or less brightly falls into the same bins.
 *
 * Each block is normalised and weighted, and the whole vector has unit length, so cosine
 * similarity compares two photos. Pure function: thread-safe.
 */
public final class PhotoDescriptor {

    /** Number of floats in a descriptor. */
    public static final int DIMENSIONS = 2 * ColourBins.COUNT + 9 + 3 * 9;

    static final int GRID = 64;
    private static final double[] RINGS = {0.3, 0.55, 0.75};
    private static final float BRIGHT_PERCENTILE = 0.9f;
    private static final float BRIGHT_TARGET = 0.9f;
    private static final float HISTOGRAM_WEIGHT = 1.0f;
    private static final float MEAN_WEIGHT = 0.8f;
    private static final float EDGE_WEIGHT = 1.0f;

    private PhotoDescriptor() {}

    /** The unit-length descriptor of a photo of any size. */
    public static float[] describe(BufferedImage photo) {
        return describe(photo, 1);
    }

    /**
     * The descriptor of the photo seen from further away: {@code zoomOut} 1.2 describes a square 1.2
     * times the photo's short side, so a close-up matches a photo framed more loosely.
     */
    public static float[] describe(BufferedImage photo, double zoomOut) {
        float[][] rgb = normaliseBrightness(downsample(photo, zoomOut));
        float[] vector = new float[DIMENSIONS];
        int at = 0;
        at = colourHistograms(rgb, vector, at);
        at = ringMeans(rgb, vector, at);
        at = edges(grey(rgb), vector, at);
        assert at == DIMENSIONS;
        normalise(vector, 0, DIMENSIONS, 1);
        return vector;
    }

    /**
     * Box-averages a centred square {@code zoomOut} times the photo's short side to GRID × GRID
     * pixels: {r, g, b} planes in 0..1; cells outside the photo stay black.
     */
    static float[][] downsample(BufferedImage photo, double zoomOut) {
        int side = Math.max(1, (int) Math.round(Math.min(photo.getWidth(), photo.getHeight()) * zoomOut));
        int x0 = (photo.getWidth() - side) / 2, y0 = (photo.getHeight() - side) / 2;
        int fromX = Math.max(0, x0), toX = Math.min(photo.getWidth(), x0 + side);
        int fromY = Math.max(0, y0), toY = Math.min(photo.getHeight(), y0 + side);
        float[][] planes = new float[3][GRID * GRID];
        int[] counts = new int[GRID * GRID];
        int[] row = new int[toX - fromX];
        for (int y = fromY; y < toY; y++) {
            photo.getRGB(fromX, y, row.length, 1, row, 0, row.length);
            int cellRow = (int) ((long) (y - y0) * GRID / side) * GRID;
            for (int x = fromX; x < toX; x++) {
                int cell = cellRow + (int) ((long) (x - x0) * GRID / side);
                int p = row[x - fromX];
                planes[0][cell] += (p >> 16) & 0xFF;
                planes[1][cell] += (p >> 8) & 0xFF;
                planes[2][cell] += p & 0xFF;
                counts[cell]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            for (float[] plane : planes) {
                plane[i] /= 255f * Math.max(1, counts[i]);
            }
        }
        return planes;
    }

    /**
     * Scales the colours so that the bright end of the photo (90th percentile of HSV value) lands
     * at the same level, so the same watch lit more or less brightly gives the same bins.
     */
    static float[][] normaliseBrightness(float[][] rgb) {
        float[] values = new float[GRID * GRID];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(rgb[0][i], Math.max(rgb[1][i], rgb[2][i]));
        }
        java.util.Arrays.sort(values);
        float high = values[(int) (values.length * BRIGHT_PERCENTILE)];
        float scale = Math.max(0.5f, Math.min(2f, BRIGHT_TARGET / Math.max(high, 1e-3f)));
        for (float[] plane : rgb) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = Math.min(1f, plane[i] * scale);
            }
        }
        return rgb;
    }

    /** Distance of a cell from the centre, 0 at the centre and 1 at the middle of an edge. */
    private static double radius(int x, int y) {
        double c = (GRID - 1) / 2.0;
        return Math.hypot(x - c, y - c) / (GRID / 2.0);
    }

    private static int colourHistograms(float[][] rgb, float[] out, int at) {
        for (int i = 0; i < GRID * GRID; i++) {
            double r = radius(i % GRID, i / GRID);
            int block = r < RINGS[0] ? 0 : r < RINGS[1] ? 1 : -1;
            if (block >= 0) {
                float weight = (float) (1.2 - r);
                out[at + block * ColourBins.COUNT + ColourBins.of(rgb[0][i], rgb[1][i], rgb[2][i])] += weight;
            }
        }
        for (int block = 0; block < 2; block++) {
            int from = at + block * ColourBins.COUNT;
            for (int i = from; i < from + ColourBins.COUNT; i++) {
                out[i] = (float) Math.sqrt(out[i]);
            }
            normalise(out, from, ColourBins.COUNT, HISTOGRAM_WEIGHT);
        }
        return at + 2 * ColourBins.COUNT;
    }

    private static int ringMeans(float[][] rgb, float[] out, int at) {
        int[] counts = new int[3];
        for (int i = 0; i < GRID * GRID; i++) {
            int ring = ring(radius(i % GRID, i / GRID));
            if (ring >= 0) {
                float r = rgb[0][i], g = rgb[1][i], b = rgb[2][i];
                out[at + 3 * ring] += 0.299f * r + 0.587f * g + 0.114f * b;
                out[at + 3 * ring + 1] += 0.5f + -0.1687f * r - 0.3313f * g + 0.5f * b;
                out[at + 3 * ring + 2] += 0.5f + 0.5f * r - 0.4187f * g - 0.0813f * b;
                counts[ring]++;
            }
        }
        for (int i = 0; i < 9; i++) {
            out[at + i] /= Math.max(1, counts[i / 3]);
        }
        normalise(out, at, 9, MEAN_WEIGHT);
        return at + 9;
    }

    private static int ring(double r) {
        for (int ring = 0; ring < RINGS.length; ring++) {
            if (r < RINGS[ring]) {
                return ring;
            }
        }
        return -1;
    }

    private static float[] grey(float[][] rgb) {
        float[] grey = new float[GRID * GRID];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = 0.299f * rgb[0][i] + 0.587f * rgb[1][i] + 0.114f * rgb[2][i];
        }
        return grey;
    }

    /** Per ring: 8 bins of edge direction relative to the radius (magnitude-weighted) and edge density. */
    private static int edges(float[] grey, float[] out, int at) {
        float total = 0;
        for (int y = 1; y < GRID - 1; y++) {
            for (int x = 1; x < GRID - 1; x++) {
                int ring = ring(radius(x, y));
                if (ring < 0) {
                    continue;
                }
                float gx = grey[(y - 1) * GRID + x + 1]
                        + 2 * grey[y * GRID + x + 1]
                        + grey[(y + 1) * GRID + x + 1]
                        - grey[(y - 1) * GRID + x - 1]
                        - 2 * grey[y * GRID + x - 1]
                        - grey[(y + 1) * GRID + x - 1];
                float gy = grey[(y + 1) * GRID + x - 1]
                        + 2 * grey[(y + 1) * GRID + x]
                        + grey[(y + 1) * GRID + x + 1]
                        - grey[(y - 1) * GRID + x - 1]
                        - 2 * grey[(y - 1) * GRID + x]
                        - grey[(y - 1) * GRID + x + 1];
                float magnitude = (float) Math.hypot(gx, gy);
                if (magnitude < 0.08f) {
                    continue;
                }
                double c = (GRID - 1) / 2.0;
                double relative = Math.atan2(gy, gx) - Math.atan2(y - c, x - c);
                int bin = (int) Math.floor(Math.floorMod(Math.round(Math.toDegrees(relative)), 180) / 22.5) % 8;
                out[at + 9 * ring + bin] += magnitude;
                out[at + 9 * ring + 8] += 1;
                total += magnitude;
            }
        }
        for (int ring = 0; ring < 3; ring++) {
            out[at + 9 * ring + 8] = (float) Math.sqrt(out[at + 9 * ring + 8]) * Math.max(total, 1e-6f) / 40f;
        }
        for (int i = at; i < at + 27; i++) {
            out[i] = (float) Math.sqrt(out[i]);
        }
        normalise(out, at, 27, EDGE_WEIGHT);
        return at + 27;
    }

    private static void normalise(float[] v, int from, int length, float weight) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            sum += v[i] * v[i];
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (weight / Math.sqrt(sum));
        for (int i = from; i < from + length; i++) {
            v[i] *= scale;
        }
    }

    /** HSV quantisation: 4 grey levels for unsaturated colours, 12 hues × 2 saturations × 2 values. */
    static final class ColourBins {
        static final int COUNT = 4 + 12 * 2 * 2;

        private ColourBins() {}

        static int of(float r, float g, float b) {
            float max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
            float saturation = max == 0 ? 0 : (max - min) / max;
            if (saturation < 0.18f || max < 0.12f) {
                return Math.min(3, (int) (max * 4));
            }
            float hue;
            if (max == r) {
                hue = ((g - b) / (max - min) + 6) % 6;
            } else if (max == g) {
                hue = (b - r) / (max - min) + 2;
            } else {
                hue = (r - g) / (max - min) + 4;
            }
            int h = Math.min(11, (int) (hue * 2));
            int s = saturation < 0.5f ? 0 : 1;
            int v = max < 0.55f ? 0 : 1;
            return 4 + h * 4 + s * 2 + v;
        }
    }
}
