package io.escapement.visual;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The raw, hand-made features of a watch photo that {@link PhotoDescriptor} projects (ADR 0019).
 * The photo is box-averaged to {@value #SIDE} pixels on its short side and its brightness
 * normalised; the watch's centre is found as the point about which the photo is most nearly
 * symmetric (a watch head and its bracelet look the same turned half a turn), so a buyer's photo
 * framed off-centre still lines up. Around that centre, in polar cells:
 *
 * <ul>
 *   <li>mean colour (Y, Cb, Cr) of {@value #RINGS} rings × {@value #SECTORS} sectors: dial, bezel,
 *       case, bracelet and where sub-dials and the date sit;
 *   <li>per ring, edge strength in 8 directions relative to the radius: indices, hands, fluting,
 *       bracelet links;
 *   <li>colour histograms (HSV, {@value ColourBins#COUNT} bins) of the dial and of the ring around it.
 * </ul>
 *
 * Pure functions: thread-safe.
 */
final class PhotoFeatures {

    static final int SIDE = 128;
    static final int RINGS = 10, SECTORS = 16, DIRECTIONS = 8;
    private static final int LAYOUT = RINGS * SECTORS * 3, EDGES = RINGS * DIRECTIONS;
    static final int DIMENSIONS = LAYOUT + EDGES + 2 * ColourBins.COUNT;

    /** Samples per polar cell, in each direction. */
    private static final int SUB = 3;

    /** Radius of the disc compared with its half-turn, and how far from the middle the centre is sought. */
    private static final double SYMMETRY_DISC = 0.5, CENTRE_REACH = 0.2;

    private PhotoFeatures() {}

    /** A photo prepared for description: small, brightness-normalised, with its gradients and centre. */
    static final class Prepared {
        final int width, height;
        final float[] red, green, blue, grey, gradientX, gradientY;
        final double centreX, centreY;

        private Prepared(BufferedImage photo) {
            double scale = (double) SIDE / Math.min(photo.getWidth(), photo.getHeight());
            width = Math.max(1, (int) Math.round(photo.getWidth() * scale));
            height = Math.max(1, (int) Math.round(photo.getHeight() * scale));
            int cells = width * height;
            red = new float[cells];
            green = new float[cells];
            blue = new float[cells];
            grey = new float[cells];
            gradientX = new float[cells];
            gradientY = new float[cells];
            downsample(photo, scale);
            normaliseBrightness();
            gradients();
            double[] centre = centre();
            centreX = centre[0];
            centreY = centre[1];
        }

        private void downsample(BufferedImage photo, double scale) {
            int[] counts = new int[width * height];
            int[] row = new int[photo.getWidth()];
            for (int y = 0; y < photo.getHeight(); y++) {
                photo.getRGB(0, y, row.length, 1, row, 0, row.length);
                int cellRow = Math.min(height - 1, (int) (y * scale)) * width;
                for (int x = 0; x < row.length; x++) {
                    int cell = cellRow + Math.min(width - 1, (int) (x * scale));
                    int p = row[x];
                    red[cell] += (p >> 16) & 0xFF;
                    green[cell] += (p >> 8) & 0xFF;
                    blue[cell] += p & 0xFF;
                    counts[cell]++;
                }
            }
            for (int i = 0; i < counts.length; i++) {
                float n = 255f * Math.max(1, counts[i]);
                red[i] /= n;
                green[i] /= n;
                blue[i] /= n;
            }
        }

        /** Brings the bright end (90th percentile of HSV value) to 0.9, so lighting matters less. */
        private void normaliseBrightness() {
            float[] values = new float[red.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(red[i], Math.max(green[i], blue[i]));
            }
            Arrays.sort(values);
            float high = values[(int) (values.length * 0.9)];
            float k = Math.max(0.5f, Math.min(2f, 0.9f / Math.max(high, 1e-3f)));
            for (int i = 0; i < red.length; i++) {
                red[i] = Math.min(1, red[i] * k);
                green[i] = Math.min(1, green[i] * k);
                blue[i] = Math.min(1, blue[i] * k);
                grey[i] = 0.299f * red[i] + 0.587f * green[i] + 0.114f * blue[i];
            }
        }

        /** Sobel gradients of the grey image. */
        private void gradients() {
            float[] q = grey;
            int w = width;
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < w - 1; x++) {
                    int i = y * w + x;
                    gradientX[i] =
                            q[i - w + 1] + 2 * q[i + 1] + q[i + w + 1] - q[i - w - 1] - 2 * q[i - 1] - q[i + w - 1];
                    gradientY[i] =
                            q[i + w - 1] + 2 * q[i + w] + q[i + w + 1] - q[i - w - 1] - 2 * q[i - w] - q[i - w + 1];
                }
            }
        }

        /**
         * The point near the middle about which grey level plus edge strength is most nearly
         * symmetric under a half turn, searched at half resolution; parts of the disc that fall
         * outside the photo count as unlike.
         */
        private double[] centre() {
            int w = width / 2, h = height / 2;
            float[] m = new float[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = 2 * y * width + 2 * x;
                    m[y * w + x] = (float) Math.hypot(gradientX[i], gradientY[i]) + grey[i];
                }
            }
            int side = Math.min(w, h), reach = (int) (side * CENTRE_REACH), disc = (int) (side * SYMMETRY_DISC);
            double best = Double.MAX_VALUE;
            int bestX = w / 2, bestY = h / 2;
            for (int cy = h / 2 - reach; cy <= h / 2 + reach; cy++) {
                for (int cx = w / 2 - reach; cx <= w / 2 + reach; cx++) {
                    double unlike = 0;
                    int pairs = 0;
                    for (int dy = -disc; dy <= disc; dy++) {
                        for (int dx = 0; dx <= disc; dx++) {
                            if (dx * dx + dy * dy > disc * disc) {
                                continue;
                            }
                            int x1 = cx + dx, y1 = cy + dy, x2 = cx - dx, y2 = cy - dy;
                            pairs++;
                            boolean inside =
                                    x1 >= 0 && y1 >= 0 && x2 >= 0 && y2 >= 0 && x1 < w && x2 < w && y1 < h && y2 < h;
                            unlike += inside ? Math.abs(m[y1 * w + x1] - m[y2 * w + x2]) : 1;
                        }
                    }
                    if (unlike / pairs < best) {
                        best = unlike / pairs;
                        bestX = cx;
                        bestY = cy;
                    }
                }
            }
            return new double[] {2 * bestX + 1, 2 * bestY + 1};
        }

        /**
         * Mean edge strength (Sobel magnitude of the grey image): near 0 for a blank wall, a
         * gradient or a photo blurred beyond use; a watch's indices, hands and case give far more.
         */
        double detail() {
            double sum = 0;
            for (int i = 0; i < grey.length; i++) {
                sum += Math.hypot(gradientX[i], gradientY[i]);
            }
            return sum / grey.length;
        }

        /**
         * Standard deviation of the grey level: near 0 for a flat colour or fine noise, which
         * averages out at this size; a watch against its backdrop gives far more.
         */
        double contrast() {
            double sum = 0, squares = 0;
            for (float value : grey) {
                sum += value;
                squares += value * value;
            }
            double mean = sum / grey.length;
            return Math.sqrt(Math.max(0, squares / grey.length - mean * mean));
        }

        /** Bilinear sample of a plane at pixel coordinates; 0 outside the photo. */
        private float at(float[] plane, double x, double y) {
            x -= 0.5;
            y -= 0.5;
            int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
            if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                return 0;
            }
            float fx = (float) (x - x0), fy = (float) (y - y0);
            int i = y0 * width + x0;
            return (plane[i] * (1 - fx) + plane[i + 1] * fx) * (1 - fy)
                    + (plane[i + width] * (1 - fx) + plane[i + width + 1] * fx) * fy;
        }
    }

    static Prepared prepare(BufferedImage photo) {
        return new Prepared(photo);
    }

    /**
     * The features of the disc around the photo's centre whose radius is {@code zoomOut} times half
     * the short side: 1 for a merchant's photo, more for a buyer's photo framed tighter.
     */
    static float[] of(Prepared photo, double zoomOut) {
        double radius = zoomOut * Math.min(photo.width, photo.height) / 2.0;
        float[] out = new float[DIMENSIONS];
        for (int ring = 0; ring < RINGS; ring++) {
            for (int sector = 0; sector < SECTORS; sector++) {
                float y = 0, cb = 0, cr = 0;
                for (int i = 0; i < SUB; i++) {
                    for (int j = 0; j < SUB; j++) {
                        double r = (ring + (i + 0.5) / SUB) / RINGS;
                        double angle = 2 * Math.PI * (sector + (j + 0.5) / SUB) / SECTORS;
                        double px = photo.centreX + r * radius * Math.sin(angle);
                        double py = photo.centreY - r * radius * Math.cos(angle);
                        float red = photo.at(photo.red, px, py),
                                green = photo.at(photo.green, px, py),
                                blue = photo.at(photo.blue, px, py);
                        y += 0.299f * red + 0.587f * green + 0.114f * blue;
                        cb += -0.1687f * red - 0.3313f * green + 0.5f * blue;
                        cr += 0.5f * red - 0.4187f * green - 0.0813f * blue;
                        if (r < 0.6) {
                            int block = r < 0.35 ? 0 : ColourBins.COUNT;
                            out[LAYOUT + EDGES + block + ColourBins.of(red, green, blue)] += 1;
                        }
                        float gx = photo.at(photo.gradientX, px, py), gy = photo.at(photo.gradientY, px, py);
                        double relative = Math.atan2(gy, gx) - angle;
                        int direction =
                                (int) Math.floor(Math.floorMod(Math.round(Math.toDegrees(relative)), 180) / 22.5)
                                        % DIRECTIONS;
                        out[LAYOUT + ring * DIRECTIONS + direction] += (float) Math.hypot(gx, gy);
                    }
                }
                int at = (ring * SECTORS + sector) * 3;
                out[at] = y / (SUB * SUB);
                out[at + 1] = 2 * cb / (SUB * SUB);
                out[at + 2] = 2 * cr / (SUB * SUB);
            }
        }
        for (int i = LAYOUT; i < DIMENSIONS; i++) {
            out[i] = (float) Math.sqrt(out[i] / 10);
        }
        return out;
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
            return 4 + h * 4 + (saturation < 0.5f ? 0 : 2) + (max < 0.55f ? 0 : 1);
        }
    }
}
