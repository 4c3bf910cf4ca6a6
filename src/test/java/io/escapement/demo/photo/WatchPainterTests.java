package io.escapement.demo.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.WatchAppearance;
import io.escapement.catalog.WatchAppearance.Bezel;
import io.escapement.catalog.WatchAppearance.Bracelet;
import io.escapement.catalog.WatchAppearance.CaseShape;
import io.escapement.catalog.WatchAppearance.Hands;
import io.escapement.catalog.WatchAppearance.Indices;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchPainterTests {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final WatchAppearance PEPSI_GMT = new WatchAppearance(
            CaseShape.ROUND,
            "#111111",
            Bezel.GMT,
            List.of("#b3202a", "#1d3f8f"),
            Indices.DOT,
            Hands.MERCEDES,
            0,
            true,
            Bracelet.JUBILEE,
            "#c0c0c0");

    private static final WatchAppearance WHITE_OCTAGON = new WatchAppearance(
            CaseShape.OCTAGON,
            "#f4f4f1",
            Bezel.OCTAGONAL_SCREWS,
            List.of("#c0c0c0"),
            Indices.BATON,
            Hands.BATON,
            0,
            true,
            Bracelet.INTEGRATED,
            "#c0c0c0");

    private static final WatchAppearance BLUE_DRESS_WATCH = dressWatch("#1f4e8c");

    private final WatchPainter painter = new WatchPainter();

    @Test
    void drawsTheSamePixelsForTheSameSeed() {
        for (int shot = 0; shot < 4; shot++) {
            BufferedImage first = painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 42, shot, 200);
            BufferedImage second = new WatchPainter().paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 42, shot, 200);

            assertThat(pixels(second)).as("shot %d", shot).isEqualTo(pixels(first));
        }
    }

    @Test
    void differentReferencesLookVisiblyDifferent() {
        BufferedImage gmt = painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 42, 0, 256);
        BufferedImage octagon = painter.paint(WHITE_OCTAGON, CaseMaterial.STAINLESS_STEEL, 42, 0, 256);

        assertThat(meanAbsoluteDifference(gmt, octagon)).isGreaterThan(20);
    }

    @Test
    void differentListingsOfOneReferenceVary() {
        BufferedImage one = painter.paint(BLUE_DRESS_WATCH, CaseMaterial.STAINLESS_STEEL, 1, 0, 256);
        BufferedImage other = painter.paint(BLUE_DRESS_WATCH, CaseMaterial.STAINLESS_STEEL, 2, 0, 256);

        assertThat(meanAbsoluteDifference(one, other)).isGreaterThan(8);
        assertThat(distance(dialSample(one), Color.decode("#1f4e8c"))).isLessThan(30);
        assertThat(distance(dialSample(other), Color.decode("#1f4e8c"))).isLessThan(30);
    }

    @Test
    void shotsDiffer() {
        BufferedImage[] shots = new BufferedImage[4];
        for (int shot = 0; shot < 4; shot++) {
            shots[shot] = painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 7, shot, 200);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                assertThat(meanAbsoluteDifference(shots[i], shots[j]))
                        .as("shots %d and %d", i, j)
                        .isGreaterThan(15);
            }
        }
    }

    @Test
    void takesTheShotModuloFour() {
        assertThat(pixels(painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 7, 5, 96)))
                .isEqualTo(pixels(painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 7, 1, 96)));
        assertThat(pixels(painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 7, -1, 96)))
                .isEqualTo(pixels(painter.paint(PEPSI_GMT, CaseMaterial.STAINLESS_STEEL, 7, 3, 96)));
    }

    @Test
    void honoursTheRequestedSize() {
        for (int size : new int[] {64, 333, 1600}) {
            BufferedImage image = painter.paint(PEPSI_GMT, CaseMaterial.YELLOW_GOLD, 3, 0, size);

            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> painter.paint(PEPSI_GMT, CaseMaterial.YELLOW_GOLD, 3, 0, 63));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> painter.paint(PEPSI_GMT, CaseMaterial.YELLOW_GOLD, 3, 0, 1601));
    }

    @Test
    void dialColourAppearsAtTheCentre() {
        for (String dial : List.of("#1f4e8c", "#2e6b3a", "#e9e2cf", "#6a2331")) {
            for (long seed = 0; seed < 3; seed++) {
                BufferedImage photo = painter.paint(dressWatch(dial), CaseMaterial.STAINLESS_STEEL, seed, 0, 300);

                assertThat(distance(dialSample(photo), Color.decode(dial)))
                        .as("%s, seed %d", dial, seed)
                        .isLessThan(30);
            }
        }
    }

    @Test
    void drawsEveryStyleAndMaterial() {
        String dial = "#2e7d32";
        int combination = 0;
        for (CaseShape shape : CaseShape.values()) {
            for (Bezel bezel : Bezel.values()) {
                int n = combination++;
                WatchAppearance look = new WatchAppearance(
                        shape,
                        dial,
                        bezel,
                        List.of("#202020", "#a02020").subList(0, 1 + n % 2),
                        pick(Indices.values(), n),
                        pick(Hands.values(), n),
                        new int[] {0, 2, 3}[n % 3],
                        n % 2 == 0,
                        pick(Bracelet.values(), n),
                        "#5a3a22");
                CaseMaterial material = pick(CaseMaterial.values(), n);
                BufferedImage closeUp = painter.paint(look, material, n, 3, 96);
                painter.paint(look, material, n, n % 3, 64);

                assertThat(shareNear(closeUp, Color.decode(dial)))
                        .as("%s %s", shape, bezel)
                        .isGreaterThan(0.3);
            }
        }
    }

    private static WatchAppearance dressWatch(String dial) {
        return new WatchAppearance(
                CaseShape.ROUND,
                dial,
                Bezel.SMOOTH,
                List.of("#c0c0c0"),
                Indices.BATON,
                Hands.DAUPHINE,
                0,
                false,
                Bracelet.LEATHER,
                "#3b2a20");
    }

    private static <T> T pick(T[] values, int n) {
        return values[n % values.length];
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Mean absolute difference per colour channel, 0..255. */
    private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        int[] p = pixels(a), q = pixels(b);
        long sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((p[i] >> shift & 0xFF) - (q[i] >> shift & 0xFF));
            }
        }
        return sum / (3.0 * p.length);
    }

    /** Per-channel median of a ring around the centre of a front shot: dial, with a few hands and prints. */
    private static Color dialSample(BufferedImage image) {
        int size = image.getWidth();
        int[] reds = new int[size * size], greens = new int[size * size], blues = new int[size * size];
        int n = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x + 0.5 - size / 2.0, y + 0.5 - size / 2.0) / size;
                if (r >= 0.05 && r <= 0.13) {
                    int rgb = image.getRGB(x, y);
                    reds[n] = rgb >> 16 & 0xFF;
                    greens[n] = rgb >> 8 & 0xFF;
                    blues[n++] = rgb & 0xFF;
                }
            }
        }
        return new Color(median(reds, n), median(greens, n), median(blues, n));
    }

    private static int median(int[] values, int n) {
        int[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[n / 2];
    }

    /** Share of the pixels within the central disc (a fifth of the width across) close to a colour. */
    private static double shareNear(BufferedImage image, Color colour) {
        int size = image.getWidth(), near = 0, total = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (Math.hypot(x + 0.5 - size / 2.0, y + 0.5 - size / 2.0) <= size * 0.1) {
                    total++;
                    near += distance(new Color(image.getRGB(x, y)), colour) < 60 ? 1 : 0;
                }
            }
        }
        return (double) near / total;
    }

    private static double distance(Color a, Color b) {
        return Math.max(
                Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }
}
