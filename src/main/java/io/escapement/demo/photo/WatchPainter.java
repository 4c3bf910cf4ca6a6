package io.escapement.demo.photo;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.WatchAppearance;
import io.escapement.catalog.WatchAppearance.Bezel;
import io.escapement.catalog.WatchAppearance.Bracelet;
import io.escapement.catalog.WatchAppearance.CaseShape;
import io.escapement.catalog.WatchAppearance.Hands;
import io.escapement.catalog.WatchAppearance.Indices;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Paints procedural "product photos" of wristwatches for demo listings, using nothing but Java2D.
 *
 * <p>Drawing happens in model units: the case is about 200 units across, centred on the origin
 * with 12 o'clock towards negative y. A per-shot view transform places the model in the frame.
 * Listing-wide choices (backdrop, lighting, wear, date) come from the seed alone, so the four
 * photos of one listing look like one photo session; camera placement also depends on the shot.
 * Metal bracelets take the case material; {@code braceletColour} colours straps.
 */
public final class WatchPainter {

    private static final int MIN_SIZE = 64;
    private static final int MAX_SIZE = 1600;
    private static final Color WHITE = Color.WHITE;
    private static final Color BLACK = Color.BLACK;
    private static final Color LUME = new Color(0xEDE7CF);
    private static final Color INK_DARK = new Color(0x19191B);
    private static final Color INK_LIGHT = new Color(0xF2F1EC);
    private static final Color YELLOW_GOLD = new Color(0xD9B35F);
    private static final Color ROSE_GOLD = new Color(0xD9A28A);
    private static final Color WHITE_GOLD = new Color(0xE2E3E6);
    private static final Color BLUED_STEEL = new Color(0x23408F);
    private static final Color GMT_RED = new Color(0xC3202D);
    private static final Font SANS = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font SERIF = new Font(Font.SERIF, Font.PLAIN, 12);
    private static final float[] FACETS = {0, 0.49f, 0.51f, 1};
    private static final float[] DIAL_STOPS = {0, 0.6f, 1};
    private static final float[] GEM_STOPS = {0, 0.35f, 0.8f, 1};
    private static final Color[] GEM_SHADES = {WHITE, new Color(0xD5E1EB), new Color(0x56636F), new Color(0xC8D3DD)};
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /**
     * Draws one photo of a watch. Pure function: the same arguments always give the same pixels.
     *
     * @param look the reference's appearance
     * @param material case material (metal colour)
     * @param seed per-listing seed: varies camera angle, lighting, background and slight wear
     * @param shot 0 = front; 1 = three-quarter view; 2 = bracelet laid out with the clasp;
     *     3 = close-up of the dial. Any other value is taken modulo 4.
     * @param size output width and height in pixels (square), 64..1600
     */
    public BufferedImage paint(WatchAppearance look, CaseMaterial material, long seed, int shot, int size) {
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(material, "material");
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 64..1600 but was " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            new Photo(look, material, seed, Math.floorMod(shot, 4), size, g).render();
        } finally {
            g.dispose();
        }
        return image;
    }

    private enum Backdrop {
        STUDIO,
        WOOD,
        MARBLE,
        LEATHER
    }

    private enum Finish {
        MESH,
        WEAVE,
        BRUSHED
    }

    /** One rendering: derived geometry, colours and lighting plus a method per part of the watch. */
    private static final class Photo {
        private final WatchAppearance look;
        private final int shot;
        private final int size;
        private final Graphics2D g;
        private final SplittableRandom listing;
        private final SplittableRandom camera;
        private final double lx, ly, light;
        private final Backdrop backdrop;
        private final int backdropVariant, noiseSeed, day, subdials;
        private final Metal caseMetal, accent, trim, handMetal;
        private final Color dial, ink, strapColour;
        private final Outline outline, bezelEdge, dialEdge;
        private final Shape caseShape;
        private final double dialR, strap, depth;
        private final AffineTransform view;

        Photo(WatchAppearance look, CaseMaterial material, long seed, int shot, int size, Graphics2D g) {
            this.look = look;
            this.shot = shot;
            this.size = size;
            this.g = g;
            listing = new SplittableRandom(seed);
            camera = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L * (shot + 1));
            double angle = Math.toRadians(205 + 130 * listing.nextDouble());
            lx = Math.cos(angle);
            ly = Math.sin(angle);
            light = 0.85 + 0.3 * listing.nextDouble();
            int roll = listing.nextInt(100);
            backdrop = roll < 58
                    ? Backdrop.STUDIO
                    : roll < 72 ? Backdrop.WOOD : roll < 86 ? Backdrop.MARBLE : Backdrop.LEATHER;
            backdropVariant = listing.nextInt(1 << 16);
            noiseSeed = listing.nextInt();
            day = 1 + listing.nextInt(31);
            subdials = look.subdials() >= 3 ? 3 : look.subdials() >= 2 ? 2 : 0;

            boolean gold = material == CaseMaterial.YELLOW_GOLD
                    || material == CaseMaterial.TWO_TONE
                    || material == CaseMaterial.BRONZE;
            caseMetal = Metal.of(metalColour(material), light);
            accent = material == CaseMaterial.TWO_TONE ? Metal.of(YELLOW_GOLD, light) : caseMetal;
            dial = parse(look.dialColour(), new Color(0x202124));
            Metal applied =
                    Metal.of(gold ? YELLOW_GOLD : material == CaseMaterial.ROSE_GOLD ? ROSE_GOLD : WHITE_GOLD, light);
            trim = luminance(dial) < 0.6
                    ? applied
                    : new Metal(applied.base(), mix(applied.base(), BLACK, 0.3), mix(applied.base(), BLACK, 0.65));
            ink = luminance(dial) > 0.55 ? INK_DARK : INK_LIGHT;
            handMetal = look.indices() == Indices.ROMAN && luminance(dial) > 0.55 ? Metal.of(BLUED_STEEL, light) : trim;
            strapColour = parse(look.braceletColour(), new Color(0x3B2A20));

            outline = Outline.of(look.caseShape());
            Bezel bezel = look.bezel();
            boolean roundDial = look.caseShape() == CaseShape.ROUND || look.caseShape() == CaseShape.OCTAGON;
            bezelEdge = look.caseShape() == CaseShape.OCTAGON || bezel == Bezel.OCTAGONAL_SCREWS && roundDial
                    ? new Outline(CaseShape.OCTAGON, 0.88 * outline.a(), 0.88 * outline.a(), 0)
                    : outline.scaled(
                            bezel == Bezel.SMOOTH || bezel == Bezel.FLUTED
                                    ? 0.95
                                    : bezel == Bezel.OCTAGONAL_SCREWS ? 0.9 : 0.97);
            double dialScale = switch (bezel) {
                case NONE -> 0.88;
                case SMOOTH -> 0.8;
                case FLUTED -> 0.76;
                default -> 0.66;
            };
            dialEdge = roundDial ? Outline.circle(outline.a() * dialScale) : outline.scaled(dialScale);
            dialR = Math.min(dialEdge.a(), dialEdge.b());
            caseShape = outline.shape();
            strap = look.bracelet() == Bracelet.INTEGRATED ? outline.a() * 0.6 : Math.min(50, outline.a() * 0.72);
            depth = shot == 1 ? 24 : 0;
            view = view();
        }

        void render() {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            background();
            g.transform(view);
            bracelet(-1);
            bracelet(1);
            if (depth > 0) {
                caseSide();
            }
            crown();
            lugs();
            caseBody();
            bezel();
            dial();
            hands();
            glass();
            wear();
        }

        // ---------------------------------------------------------------- camera and backdrop

        private AffineTransform view() {
            double unit, rot, squash, cx = 0.5, cy = 0.5;
            switch (shot) {
                case 0 -> {
                    unit = 0.0029;
                    rot = camera.nextDouble(-6, 6);
                    squash = camera.nextDouble(0.95, 1.0);
                    cx += camera.nextDouble(-0.015, 0.015);
                    cy += camera.nextDouble(-0.015, 0.015);
                }
                case 1 -> {
                    unit = 0.0027;
                    rot = camera.nextDouble(-26, -12);
                    squash = camera.nextDouble(0.72, 0.8);
                    cx -= 0.03;
                }
                case 2 -> {
                    unit = 0.00155;
                    rot = (camera.nextBoolean() ? 1 : -1) * camera.nextDouble(32, 46);
                    squash = 1;
                }
                default -> {
                    unit = 0.0064;
                    rot = camera.nextDouble(-5, 5);
                    squash = 1;
                    cx += camera.nextDouble(-0.05, 0.05);
                    cy += camera.nextDouble(-0.05, 0.05);
                }
            }
            AffineTransform t = AffineTransform.getTranslateInstance(cx * size, cy * size);
            if (shot == 1) {
                t.rotate(Math.toRadians(rot));
                t.scale(squash, 1);
            } else {
                t.scale(1, squash);
                t.rotate(Math.toRadians(rot));
            }
            t.scale(unit * size, unit * size);
            if (shot == 2) {
                t.translate(0, -45);
            }
            return t;
        }

        private void background() {
            int n = Math.max(48, Math.min(200, size / 4));
            BufferedImage bg = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
            int[] px = ((DataBufferInt) bg.getRaster().getDataBuffer()).getData();
            float[] shadow = shadowMask(n);
            Color[] palette = backdropPalette();
            double sx = 0.5 + 0.3 * lx, sy = 0.5 + 0.3 * ly, grain = Math.toRadians(backdropVariant % 40 - 20);
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double u = (x + 0.5) / n, v = (y + 0.5) / n;
                    double d = Math.hypot(u - sx, v - sy);
                    double t = switch (backdrop) {
                        case STUDIO -> Math.min(1, d * 1.15);
                        case WOOD ->
                            wood(u * Math.cos(grain) + v * Math.sin(grain), v * Math.cos(grain) - u * Math.sin(grain));
                        case MARBLE -> marble(u, v);
                        case LEATHER ->
                            0.2 + 0.3 * fbm(u * 3, v * 3, noiseSeed, 2) + 0.25 * noise(u * 70, v * 70, noiseSeed);
                    };
                    double lit = (backdrop == Backdrop.STUDIO ? 1.02 : 1.1 - 0.45 * d * d) * (0.93 + 0.07 * light);
                    double s = lit * (1 - shadow[y * n + x]);
                    px[y * n + x] = rgb(mix(palette[0], palette[1], t), s);
                }
            }
            g.drawImage(bg, 0, 0, size, size, null);
            g.setPaint(new TexturePaint(noiseTile(), new Rectangle2D.Double(0, 0, 64, 64)));
            g.fillRect(0, 0, size, size);
        }

        private Color[] backdropPalette() {
            int[][] options = switch (backdrop) {
                case STUDIO ->
                    new int[][] {
                        {0xF6F5F3, 0xD5D3CF},
                        {0xEFF1F4, 0xC3C9D1},
                        {0xF5EFE7, 0xD6C8B5},
                        {0x4C5057, 0x1B1D21},
                        {0xECEFEC, 0xBCC5BF}
                    };
                case WOOD -> new int[][] {{0x94633A, 0x4B2C17}, {0xC39463, 0x7D5533}, {0x62402A, 0x2B1A10}};
                case MARBLE -> new int[][] {{0xEEECE8, 0x85837F}, {0x2B2B2D, 0xC9C6C0}, {0xE9E4DC, 0x9C8F7E}};
                case LEATHER ->
                    new int[][] {{0x8A5632, 0x4A2A16}, {0x34302D, 0x151312}, {0x2E3850, 0x141A28}, {0x6A2A2D, 0x34121A}
                    };
            };
            int[] pick = options[backdropVariant % options.length];
            return new Color[] {new Color(pick[0]), new Color(pick[1])};
        }

        private double wood(double u, double v) {
            double w = v * 9 + 0.8 * fbm(u * 1.2, v * 3, noiseSeed, 3);
            double rings = 0.5 + 0.5 * Math.sin(w * Math.PI * 2);
            double fibre = fbm(u * 0.8, v * 60, noiseSeed + 7, 2);
            return clamp(0.2 + 0.3 * rings * rings + 0.55 * fibre, 0, 1);
        }

        private double marble(double u, double v) {
            double f = fbm(u * 3.5, v * 3.5, noiseSeed, 3);
            double vein = Math.pow(1 - Math.abs(Math.sin((u * 1.6 + v * 1.1 + f * 2.4) * Math.PI)), 3.5);
            double fine = Math.pow(1 - Math.abs(Math.sin((u * 4 - v * 2.5 + f * 3) * Math.PI)), 5);
            return clamp(0.12 * f + 0.4 * vein + 0.12 * fine, 0, 1);
        }

        private BufferedImage noiseTile() {
            BufferedImage tile = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
            SplittableRandom r = new SplittableRandom(noiseSeed);
            for (int i = 0; i < 64 * 64; i++) {
                tile.setRGB(i % 64, i / 64, (r.nextInt(9) << 24) | (r.nextBoolean() ? 0xFFFFFF : 0));
            }
            return tile;
        }

        /** Soft drop shadow at backdrop resolution: a tight contact shadow plus a wide penumbra. */
        private float[] shadowMask(int n) {
            float[] tight = silhouette(n, 4, Math.max(1, n / 110));
            float[] wide = silhouette(n, shot == 1 ? 26 : 16, Math.max(2, n / 30));
            for (int i = 0; i < tight.length; i++) {
                tight[i] = (float) (1 - (1 - 0.45 * tight[i]) * (1 - 0.32 * light * wide[i]));
            }
            return tight;
        }

        private float[] silhouette(int n, double offset, int blur) {
            BufferedImage mask = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D m = mask.createGraphics();
            m.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            m.scale((double) n / size, (double) n / size);
            m.transform(view);
            m.translate(-lx * offset, -ly * offset * 0.8 + offset * 0.4); // away from the light, a little downwards
            m.setColor(WHITE);
            m.fill(depth > 0 ? extrude(caseShape, depth) : caseShape);
            for (int side = -1; side <= 1; side += 2) {
                m.fill(band(-1, 1, side * outline.b() * 0.5, side * reach(side)));
            }
            lugShapes().forEach(m::fill);
            m.dispose();
            byte[] data = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
            float[] a = new float[n * n];
            for (int i = 0; i < a.length; i++) {
                a[i] = (data[i] & 0xFF) / 255f;
            }
            for (int pass = 0; pass < 2; pass++) {
                a = boxBlur(a, n, blur, true);
                a = boxBlur(a, n, blur, false);
            }
            return a;
        }

        // ---------------------------------------------------------------- bracelet and strap

        /** Farthest model distance from the case centre along the strap that can still be visible. */
        private double reach(int side) {
            if (shot == 2) {
                return outline.b() + (side < 0 ? 150 : 270);
            }
            try {
                AffineTransform inverse = view.createInverse();
                double far = 0;
                for (int corner = 0; corner < 4; corner++) {
                    Point2D p = inverse.transform(new Point2D.Double(corner % 2 * size, corner / 2 * size), null);
                    far = Math.max(far, Math.abs(p.getY()));
                }
                return far + 30;
            } catch (NoninvertibleTransformException e) {
                return 1000;
            }
        }

        private double halfWidth(double y) {
            double taper = look.bracelet() == Bracelet.NATO ? 0 : 0.16;
            return strap * (1 - taper * clamp((Math.abs(y) - outline.b()) / 240, 0, 1));
        }

        /** A lengthwise band of the strap between the fractions f0 and f1 of its half-width. */
        private Shape band(double f0, double f1, double y0, double y1) {
            double[] xy = new double[36];
            for (int i = 0; i <= 8; i++) {
                double y = y0 + (y1 - y0) * i / 8;
                xy[2 * i] = f0 * halfWidth(y);
                xy[34 - 2 * i] = f1 * halfWidth(y);
                xy[2 * i + 1] = xy[35 - 2 * i] = y;
            }
            return polygon(xy);
        }

        private void bracelet(int side) {
            double y0 = side * outline.b() * 0.5, y1 = side * reach(side);
            switch (look.bracelet()) {
                case LEATHER, RUBBER, NATO -> strap(side, y0, y1);
                case MESH -> mesh(side, y0, y1);
                default -> links(side, y0, y1);
            }
            if (shot == 2) {
                fastening(side, y1);
            } else {
                // the strap curves away from the camera around the wrist
                double near = side * (outline.b() + 20), far = side * (outline.b() + 330);
                g.setPaint(linear(0, near, 0, far, alpha(BLACK, 0), alpha(BLACK, shot == 1 ? 0.6 : 0.45)));
                g.fill(band(-1.01, 1.01, y0, y1));
            }
        }

        private void links(int side, double y0, double y1) {
            Bracelet type = look.bracelet();
            g.setColor(mix(caseMetal.dark(), BLACK, 0.3));
            g.fill(band(-0.97, 0.97, y0, y1));
            double start = outline.b() + 6,
                    step =
                            switch (type) {
                                case OYSTER -> 26;
                                case JUBILEE -> 15;
                                case PRESIDENT -> 17;
                                default -> 24;
                            };
            Shape end = type == Bracelet.INTEGRATED
                    ? integratedEndLink(side, start)
                    : band(-1, 1, y0, side * (start - 1.5));
            g.setPaint(acrossMetal(caseMetal, -strap * 1.3, strap * 1.3, false));
            g.fill(end);
            for (double d = start; d < Math.abs(y1) + step; d += step) {
                for (Piece piece : Piece.of(type)) {
                    double a = d + piece.phase() * step, b = Math.min(a + piece.length() * step, Math.abs(y1));
                    if (b <= a) {
                        continue;
                    }
                    double hw = halfWidth(side * (a + b) / 2), x0 = piece.f0() * hw, x1 = piece.f1() * hw;
                    double w = x1 - x0, h = b - a, arc = piece.capsule() ? Math.min(w, h) : Math.min(w, h) * 0.22;
                    g.setPaint(acrossMetal(piece.centre() ? accent : caseMetal, x0, x1, piece.centre()));
                    g.fill(new RoundRectangle2D.Double(x0, side > 0 ? a : -b, w, h, arc, arc));
                }
            }
            float from = (float) (side * start), to = (float) (side * (start + step));
            g.setPaint(linear(
                    CycleMethod.REPEAT, 0, from, 0, to, alpha(WHITE, 0.16), alpha(WHITE, 0), alpha(BLACK, 0.25)));
            g.fill(band(-1, 1, side * start, y1));
            g.setPaint(new TexturePaint(tile(Finish.BRUSHED), new Rectangle2D.Double(0, 0, 8, 60)));
            g.fill(band(-1, 1, y0, y1));
        }

        private Shape integratedEndLink(int side, double start) {
            double wide = outline.a() * 0.84, top = side * outline.b() * 0.5, bottom = side * (start - 1.5);
            return polygon(-wide, top, wide, top, halfWidth(bottom), bottom, -halfWidth(bottom), bottom);
        }

        private void mesh(int side, double y0, double y1) {
            Shape body = band(-1, 1, y0, y1);
            g.setPaint(acrossMetal(caseMetal, -strap, strap, false));
            g.fill(body);
            g.setPaint(new TexturePaint(tile(Finish.MESH), new Rectangle2D.Double(0, 0, 3.2, 3.2)));
            g.fill(body);
            g.setPaint(acrossMetal(caseMetal, -strap, strap, true));
            g.fill(band(-1, 1, y0, side * (outline.b() + 10)));
        }

        private void strap(int side, double y0, double y1) {
            Color c = strapColour;
            Shape body = band(-1, 1, y0, y1);
            g.setPaint(across(-strap, strap, mix(c, BLACK, 0.5), mix(c, WHITE, 0.1 * light), mix(c, BLACK, 0.5)));
            g.fill(body);
            if (shot == 2 && side > 0) {
                g.fill(new Ellipse2D.Double(-halfWidth(y1), y1 - halfWidth(y1), 2 * halfWidth(y1), 2 * halfWidth(y1)));
            }
            switch (look.bracelet()) {
                case LEATHER -> {
                    double hw = halfWidth(side * (outline.b() + 40)), end = y1 - side * (shot == 2 ? 12 : 0);
                    g.setPaint(across(-hw, hw, mix(c, BLACK, 0.3), mix(c, WHITE, 0.16 * light), mix(c, BLACK, 0.35)));
                    g.fill(band(-0.74, 0.74, side * outline.b() * 0.8, end));
                    g.setStroke(new BasicStroke(
                            1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {3.2f, 2.4f}, 0));
                    g.setColor(mix(c, WHITE, luminance(c) < 0.3 ? 0.55 : 0.45));
                    g.draw(band(-0.86, 0.86, side * (outline.b() + 6), end - side * 6));
                }
                case RUBBER -> {
                    Path2D grooves = new Path2D.Double();
                    for (double d = outline.b() + 14; d < Math.abs(y1); d += 9) {
                        double hw = halfWidth(side * d);
                        grooves.append(new Line2D.Double(-0.82 * hw, side * d, -0.3 * hw, side * d), false);
                        grooves.append(new Line2D.Double(0.3 * hw, side * d, 0.82 * hw, side * d), false);
                    }
                    g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.setColor(alpha(BLACK, 0.35));
                    g.draw(grooves);
                    g.setColor(alpha(WHITE, 0.07));
                    g.fill(band(-0.22, 0.22, side * outline.b(), y1));
                }
                default -> nato(side, y1, c);
            }
        }

        private void nato(int side, double y1, Color c) {
            Color accentStripe = luminance(c) > 0.45 ? mix(c, BLACK, 0.55) : mix(c, WHITE, 0.6);
            double[][] stripes = {{-0.5, -0.36}, {-0.12, 0.12}, {0.36, 0.5}};
            for (double[] s : stripes) {
                g.setColor(s[0] == -0.12 ? mix(accentStripe, GMT_RED, luminance(c) > 0.45 ? 0 : 0.5) : accentStripe);
                g.fill(band(s[0], s[1], side * outline.b() * 0.5, y1));
            }
            g.setPaint(new TexturePaint(tile(Finish.WEAVE), new Rectangle2D.Double(0, 0, 4, 4)));
            g.fill(band(-1, 1, side * outline.b() * 0.5, y1));
            if (side > 0 && shot != 2) {
                for (double d : new double[] {outline.b() + 62, outline.b() + 78}) {
                    double hw = halfWidth(d) + 3;
                    g.setPaint(acrossMetal(caseMetal, -hw, hw, true));
                    g.fill(new RoundRectangle2D.Double(-hw, d, 2 * hw, 6, 4, 4));
                }
            }
        }

        /** Shot 2 only: a folding clasp on a metal bracelet, or a buckle and holes on a strap. */
        private void fastening(int side, double yEnd) {
            double end = Math.abs(yEnd), hw = halfWidth(yEnd);
            boolean metal = switch (look.bracelet()) {
                case LEATHER, RUBBER, NATO -> false;
                default -> true;
            };
            if (metal && side > 0) {
                Shape plate = new RoundRectangle2D.Double(-hw * 0.84, end - 92, hw * 1.68, 90, 14, 14);
                g.setPaint(metal(accent, plate, true));
                g.fill(plate);
                g.setStroke(new BasicStroke(0.8f));
                g.setColor(alpha(BLACK, 0.35));
                g.draw(new RoundRectangle2D.Double(-hw * 0.7, end - 80, hw * 1.4, 66, 10, 10));
                g.fill(new Rectangle2D.Double(-hw * 0.84, end - 8, hw * 1.68, 2));
            } else if (!metal && side < 0) {
                Shape frame = new RoundRectangle2D.Double(-hw - 5, -end - 18, 2 * hw + 10, 26, 10, 10);
                g.setStroke(new BasicStroke(4.5f));
                g.setPaint(metal(caseMetal, frame, true));
                g.draw(frame);
                g.fill(new RoundRectangle2D.Double(-2, -end - 19, 4, 25, 3, 3));
            } else if (!metal) {
                for (double d = end - 100; d < end - 20; d += 14) {
                    g.setColor(alpha(BLACK, 0.75));
                    g.fill(new Ellipse2D.Double(-2.6, d - 2.6, 5.2, 5.2));
                }
                double hk = halfWidth(end - 150) + 2;
                g.setPaint(across(-hk, hk, mix(strapColour, BLACK, 0.55), strapColour, mix(strapColour, BLACK, 0.55)));
                g.fill(new RoundRectangle2D.Double(-hk, end - 160, 2 * hk, 10, 4, 4));
            }
        }

        // ---------------------------------------------------------------- case

        private void caseSide() {
            Rectangle2D b = caseShape.getBounds2D();
            Metal m = caseMetal;
            g.setPaint(
                    linear(0, b.getMinY(), 0, b.getMaxY(), m.light(), m.base(), m.dark(), mix(m.dark(), BLACK, 0.3)));
            for (Shape lug : lugShapes()) {
                g.fill(extrude(lug, depth * 0.7));
            }
            g.fill(extrude(caseShape, depth));
            g.setStroke(new BasicStroke(1.2f));
            g.setColor(alpha(BLACK, 0.35));
            g.draw(AffineTransform.getTranslateInstance(depth * 0.75, 0).createTransformedShape(caseShape));
        }

        private List<Shape> lugShapes() {
            List<Shape> lugs = new ArrayList<>();
            if (look.bracelet() == Bracelet.INTEGRATED || look.caseShape() == CaseShape.TONNEAU) {
                return lugs;
            }
            boolean tank = look.caseShape() == CaseShape.RECTANGLE;
            double inner = strap + 1.5, width = tank ? outline.a() - inner : 13;
            double yIn = outline.b() * 0.55, yOut = outline.b() + (tank ? 16 : 22);
            for (int sx = -1; sx <= 1; sx += 2) {
                for (int sy = -1; sy <= 1; sy += 2) {
                    Path2D p = new Path2D.Double();
                    p.moveTo(sx * inner, sy * yIn);
                    p.lineTo(sx * inner, sy * (yOut - 3));
                    p.quadTo(sx * inner, sy * yOut, sx * (inner + 3), sy * yOut);
                    p.lineTo(sx * (inner + width * 0.8 - 2), sy * yOut);
                    p.quadTo(sx * (inner + width * 0.8), sy * yOut, sx * (inner + width * 0.82), sy * (yOut - 3));
                    p.quadTo(
                            sx * (inner + width * (tank ? 1 : 0.9)),
                            sy * (yIn + (yOut - yIn) * 0.3),
                            sx * (inner + width + (tank ? 0 : 12)),
                            sy * yIn);
                    p.closePath();
                    lugs.add(p);
                }
            }
            return lugs;
        }

        private void lugs() {
            for (Shape lug : lugShapes()) {
                g.setPaint(metal(caseMetal, lug, true));
                g.fill(lug);
                g.setStroke(new BasicStroke(1.0f));
                g.setColor(alpha(caseMetal.light(), 0.6));
                g.draw(lug);
            }
        }

        private void caseBody() {
            g.setPaint(metal(caseMetal, caseShape, false));
            g.fill(caseShape);
            g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setPaint(metal(caseMetal, caseShape, true));
            g.draw(caseShape);
        }

        private void crown() {
            double r = outline.radiusAt(Math.PI / 2) + depth * 0.55;
            boolean guards = look.bezel() == Bezel.DIVER || look.bezel() == Bezel.GMT;
            if (guards) {
                Path2D guard = new Path2D.Double();
                guard.moveTo(r - 12, -26);
                guard.quadTo(r + 9, -24, r + 9, -14);
                guard.lineTo(r + 9, 14);
                guard.quadTo(r + 9, 24, r - 12, 26);
                guard.closePath();
                g.setPaint(metal(caseMetal, guard, true));
                g.fill(guard);
            }
            if (subdials > 0) {
                for (double a : new double[] {Math.toRadians(60), Math.toRadians(120)}) {
                    AffineTransform t = AffineTransform.getRotateInstance(a);
                    t.translate(0, -outline.radiusAt(a) - depth * 0.5);
                    Shape pusher = t.createTransformedShape(new RoundRectangle2D.Double(-7, -13, 14, 16, 4, 4));
                    g.setPaint(metal(accent, pusher, true));
                    g.fill(pusher);
                }
            }
            Shape crown = new RoundRectangle2D.Double(r - 8, -13, guards ? 22 : 19, 26, 7, 7);
            g.setPaint(metal(accent, crown, true));
            g.fill(crown);
            Path2D knurl = new Path2D.Double();
            for (double y = -10.5; y <= 10.5; y += 2.1) {
                knurl.append(new Line2D.Double(r + 2, y, r + (guards ? 13.5 : 10.5), y), false);
            }
            g.setStroke(new BasicStroke(0.7f));
            g.setColor(alpha(accent.dark(), 0.8));
            g.draw(knurl);
        }

        // ---------------------------------------------------------------- bezel

        private void bezel() {
            Shape outer = bezelEdge.shape();
            switch (look.bezel()) {
                case NONE -> {
                    g.setPaint(metal(accent, outer, true));
                    g.fill(outer);
                }
                case SMOOTH -> {
                    g.setPaint(metal(accent, outer, true));
                    g.fill(outer);
                    g.setStroke(new BasicStroke(1.2f));
                    g.setColor(alpha(accent.light(), 0.7));
                    g.draw(bezelEdge.scaled(0.93).shape());
                }
                case FLUTED -> flutes(outer);
                case OCTAGONAL_SCREWS -> screws(outer);
                default -> insert(outer);
            }
        }

        private void flutes(Shape outer) {
            g.setPaint(metal(accent, outer, true));
            g.fill(outer);
            int n = 48, shades = 8;
            Path2D[] facets = new Path2D[shades];
            for (int i = 0; i < shades; i++) {
                facets[i] = new Path2D.Double();
            }
            for (int i = 0; i < 2 * n; i++) {
                double a0 = i * Math.PI / n, a1 = a0 + Math.PI / n, mid = (a0 + a1) / 2;
                double tilt = mid + (i % 2 == 0 ? -0.9 : 0.9);
                double bright = 0.5 + 0.5 * (Math.sin(tilt) * lx - Math.cos(tilt) * ly);
                Path2D f = facets[(int) Math.min(shades - 1, bright * shades)];
                double r0 = dialEdge.radiusAt(a0) + 2.5, r1 = bezelEdge.radiusAt(a0) - 1;
                double s0 = dialEdge.radiusAt(a1) + 2.5, s1 = bezelEdge.radiusAt(a1) - 1;
                f.moveTo(r0 * Math.sin(a0), -r0 * Math.cos(a0));
                f.lineTo(r1 * Math.sin(a0), -r1 * Math.cos(a0));
                f.lineTo(s1 * Math.sin(a1), -s1 * Math.cos(a1));
                f.lineTo(s0 * Math.sin(a1), -s0 * Math.cos(a1));
                f.closePath();
            }
            for (int i = 0; i < shades; i++) {
                double t = (double) i / (shades - 1);
                g.setColor(
                        t < 0.5
                                ? mix(accent.dark(), accent.base(), t * 2)
                                : mix(accent.base(), accent.light(), t * 2 - 1));
                g.fill(facets[i]);
            }
        }

        private void screws(Shape outer) {
            g.setPaint(metal(accent, outer, true));
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outer);
            g.fill(outer);
            Shape top = bezelEdge.scaled(0.92).shape();
            g.setPaint(metal(accent, top, false));
            g.fill(top);
            for (int k = 0; k < 8; k++) {
                double a = Math.toRadians(22.5 + 45 * k),
                        r = (bezelEdge.radiusAt(a) * 0.92 + dialEdge.radiusAt(a) * 1.04) / 2;
                double[] xy = new double[12];
                for (int i = 0; i < 6; i++) {
                    xy[2 * i] = r * Math.sin(a) + 4.6 * Math.cos(Math.PI / 3 * i + a);
                    xy[2 * i + 1] = -r * Math.cos(a) + 4.6 * Math.sin(Math.PI / 3 * i + a);
                }
                Shape hex = polygon(xy);
                g.setPaint(metal(trim, hex, true));
                g.fill(hex);
                g.setColor(alpha(BLACK, 0.45));
                g.setStroke(new BasicStroke(0.9f));
                g.draw(radial(new Line2D.Double(-3.2, 0, 3.2, 0), a + 0.6 * k, 0, r * Math.sin(a), -r * Math.cos(a)));
            }
        }

        private void insert(Shape outer) {
            g.setPaint(metal(accent, outer, true));
            g.fill(outer);
            Path2D grip = new Path2D.Double();
            for (int i = 0; i < 120; i++) {
                double a = i * Math.PI / 60, r = bezelEdge.radiusAt(a);
                grip.append(radial(new Line2D.Double(0, 0, 0, 3), a, r, 0, 0), false);
            }
            g.setStroke(new BasicStroke(0.8f));
            g.setColor(alpha(accent.dark(), 0.7));
            g.draw(grip);
            Outline ring = bezelEdge.scaled(0.94);
            Shape insert = ring.shape();
            List<String> colours = look.bezelColours() == null ? List.of() : look.bezelColours();
            Color top = colours.isEmpty() ? new Color(0x151517) : parse(colours.get(0), new Color(0x151517));
            Color bottom = colours.size() > 1 ? parse(colours.get(1), top) : top;
            g.setPaint(sheen(top, insert, 0.3));
            g.fill(insert);
            if (!bottom.equals(top)) {
                Shape clip = g.getClip();
                g.clip(new Rectangle2D.Double(-300, 0, 600, 300));
                g.setPaint(sheen(bottom, insert, 0.3));
                g.fill(insert);
                g.setClip(clip);
            }
            Color print = luminance(top) > 0.6 ? INK_DARK : trim.light();
            g.setColor(print);
            int marks = look.bezel() == Bezel.GMT ? 24 : 60;
            for (int i = 0; i < marks; i++) {
                double a = 2 * Math.PI * i / marks, inner = dialEdge.radiusAt(a) * 1.1, outerR = ring.radiusAt(a);
                double band = outerR - inner, mid = (inner + outerR) / 2;
                if (look.bezel() == Bezel.TACHYMETER) {
                    continue;
                }
                if (i == 0) {
                    g.fill(radial(triangle(band * 0.36, -band * 0.3, band * 0.32), a, mid, 0, 0));
                    g.setColor(LUME);
                    g.fill(radial(
                            new Ellipse2D.Double(-band * 0.1, -band * 0.16, band * 0.2, band * 0.2), a, mid, 0, 0));
                    g.setColor(print);
                } else if (look.bezel() == Bezel.GMT ? i % 2 == 0 : i % 10 == 0) {
                    g.fill(radial(glyphs(String.valueOf(i), SANS, band * 0.52, 1), a, mid, 0, 0));
                } else if (look.bezel() == Bezel.GMT) {
                    g.fill(radial(triangle(band * 0.14, -band * 0.15, band * 0.15), a, mid, 0, 0));
                } else if (i % 5 == 0) {
                    g.fill(radial(new Rectangle2D.Double(-1.3, -band * 0.32, 2.6, band * 0.64), a, mid, 0, 0));
                } else if (i < 15) {
                    g.fill(radial(new Rectangle2D.Double(-0.5, -band * 0.36, 1.0, band * 0.3), a, mid, 0, 0));
                }
            }
            if (look.bezel() == Bezel.TACHYMETER) {
                tachymeter(ring);
            }
        }

        private void tachymeter(Outline ring) {
            double labelled = -1;
            for (int speed = 500; speed > 60; speed -= speed > 200 ? 50 : speed > 100 ? 10 : 5) {
                double a = 2 * Math.PI * 60 / speed, inner = dialEdge.radiusAt(a) * 1.1, outerR = ring.radiusAt(a);
                double band = outerR - inner, mid = (inner + outerR) / 2;
                g.fill(radial(new Rectangle2D.Double(-0.35, -band * 0.5, 0.7, band * 0.2), a, mid, 0, 0));
                if (a - labelled > Math.toRadians(15) && speed % 5 == 0 && (speed % 10 == 0 || speed < 100)) {
                    g.fill(radial(glyphs(String.valueOf(speed), SANS, band * 0.3, 1), a, mid + band * 0.08, 0, 0));
                    labelled = a;
                }
            }
        }

        // ---------------------------------------------------------------- dial

        private void dial() {
            Shape edge = dialEdge.shape();
            if (look.bezel() != Bezel.NONE) {
                Shape flange = dialEdge.scaled(1.1).shape();
                g.setPaint(sheen(mix(dial, BLACK, 0.25), flange, 0.25));
                g.fill(flange);
            }
            float fx = (float) (lx * dialR * 0.35), fy = (float) (ly * dialR * 0.35);
            Color[] shades = {mix(dial, WHITE, 0.1 * light), dial, mix(dial, BLACK, 0.35)};
            Point2D centre = new Point2D.Float(0, 0), focus = new Point2D.Float(fx, fy);
            g.setPaint(new RadialGradientPaint(
                    centre, (float) (dialR * 1.3), focus, DIAL_STOPS, shades, CycleMethod.NO_CYCLE));
            g.fill(edge);
            Shape clip = g.getClip();
            g.clip(edge);
            dialTexture();
            minuteTrack();
            subdials();
            indices();
            dialText();
            date();
            g.setClip(clip);
        }

        private void dialTexture() {
            CaseShape shape = look.caseShape();
            if (shape != CaseShape.OCTAGON && shape != CaseShape.CUSHION) {
                return;
            }
            Path2D dark = new Path2D.Double(), bright = new Path2D.Double();
            double spacing = shape == CaseShape.OCTAGON ? 5.2 : 3.4, extent = dialR * 1.5;
            for (double p = -extent; p <= extent; p += spacing) {
                dark.append(new Line2D.Double(-extent, p, extent, p), false);
                bright.append(new Line2D.Double(-extent, p + 0.7, extent, p + 0.7), false);
                if (shape == CaseShape.OCTAGON) {
                    dark.append(new Line2D.Double(p, -extent, p, extent), false);
                    bright.append(new Line2D.Double(p + 0.7, -extent, p + 0.7, extent), false);
                }
            }
            g.setStroke(new BasicStroke(0.9f));
            g.setColor(alpha(BLACK, 0.28));
            g.draw(dark);
            g.setColor(alpha(WHITE, 0.12));
            g.draw(bright);
        }

        private void minuteTrack() {
            boolean railway = look.indices() == Indices.ROMAN;
            double r0 = railway ? 0.64 : 0.94, r1 = railway ? 0.69 : 0.985;
            Path2D ticks = new Path2D.Double();
            for (int m = 0; m < 60; m++) {
                double a = m * Math.PI / 30, r = dialEdge.radiusAt(a);
                double inner = m % 5 == 0 && !railway ? r * (r0 - 0.02) : r * r0;
                ticks.append(radial(new Line2D.Double(0, 0, 0, r * r1 - inner), a, r * r1, 0, 0), false);
            }
            if (railway) {
                ticks.append(dialEdge.scaled(r0).shape(), false);
                ticks.append(dialEdge.scaled(r1).shape(), false);
            }
            g.setStroke(new BasicStroke(0.6f));
            g.setColor(alpha(ink, 0.75));
            g.draw(ticks);
        }

        private void indices() {
            Path2D metal = new Path2D.Double(), lume = new Path2D.Double(), printed = new Path2D.Double();
            List<Point2D> gems = new ArrayList<>();
            Indices style = look.indices();
            for (int h = 0; h < 12; h++) {
                double a = h * Math.PI / 6, r = dialEdge.radiusAt(a);
                if (hiddenHour(h)) {
                    continue;
                }
                switch (style) {
                    case BATON -> {
                        double w = h == 0 ? 3.2 : 4.2;
                        for (double x : h == 0 ? new double[] {-2.4, 2.4} : new double[] {0}) {
                            metal.append(
                                    radial(new Rectangle2D.Double(x - w / 2, 0, w, r * 0.18), a, r * 0.91, 0, 0),
                                    false);
                        }
                    }
                    case DOT -> {
                        Shape plot = h == 0
                                ? triangle(6.5, -5.5, 6.5)
                                : h % 3 == 0
                                        ? new Rectangle2D.Double(-3.2, -9, 6.4, 18)
                                        : new Ellipse2D.Double(-4.6, -4.6, 9.2, 9.2);
                        metal.append(radial(plot, a, r * 0.82, 0, 0), false);
                        Shape inner =
                                AffineTransform.getScaleInstance(0.74, 0.8).createTransformedShape(plot);
                        lume.append(radial(inner, a, r * 0.82, 0, 0), false);
                    }
                    case ARABIC -> {
                        Shape numeral = glyphs(String.valueOf(h == 0 ? 12 : h), SANS, dialR * 0.165, 1);
                        printed.append(
                                AffineTransform.getTranslateInstance(r * 0.8 * Math.sin(a), -r * 0.8 * Math.cos(a))
                                        .createTransformedShape(numeral),
                                false);
                    }
                    case ROMAN ->
                        printed.append(
                                radial(glyphs(ROMAN_NUMERALS[h], SERIF, dialR * 0.17, 1.35), a, r * 0.81, 0, 0), false);
                    case DIAMOND -> {
                        metal.append(radial(new Ellipse2D.Double(-4.8, -4.8, 9.6, 9.6), a, r * 0.85, 0, 0), false);
                        gems.add(new Point2D.Double(r * 0.85 * Math.sin(a), -r * 0.85 * Math.cos(a)));
                    }
                }
            }
            if (!metal.getBounds2D().isEmpty()) {
                applied(metal);
            }
            gems.forEach(this::gem);
            g.setColor(LUME);
            g.fill(lume);
            g.setColor(style == Indices.ARABIC && ink == INK_LIGHT ? LUME : ink);
            g.fill(printed);
        }

        /** Whether the marker for hour h would collide with a sub-dial or the date window. */
        private boolean hiddenHour(int h) {
            boolean numerals = look.indices() == Indices.ARABIC || look.indices() == Indices.ROMAN;
            boolean underSubdial = subdials >= 2 && (h == 3 || h == 9) || subdials >= 3 && h == 6;
            boolean underDate =
                    look.date() && (subdials == 0 ? h == 3 : numerals && (subdials == 2 ? h == 6 : h == 4 || h == 5));
            return numerals && underSubdial || underDate;
        }

        private static final String[] ROMAN_NUMERALS = {
            "XII", "I", "II", "III", "IIII", "V", "VI", "VII", "VIII", "IX", "X", "XI"
        };

        private void applied(Shape parts) {
            g.setColor(alpha(BLACK, 0.4));
            g.fill(AffineTransform.getTranslateInstance(-lx * 1.3, -ly * 1.3).createTransformedShape(parts));
            g.setPaint(linear(CycleMethod.REFLECT, 0, 0, lx * 9 + 3, ly * 9, trim.light(), trim.base(), trim.dark()));
            g.fill(parts);
        }

        /** A brilliant-cut stone: bright table, dark pavilion edge, a facet star and a sparkle towards the light. */
        private void gem(Point2D c) {
            double x = c.getX(), y = c.getY(), r = 3.8;
            Point2D focus = new Point2D.Double(x + lx * 1.5, y + ly * 1.5);
            g.setPaint(new RadialGradientPaint(c, (float) r, focus, GEM_STOPS, GEM_SHADES, CycleMethod.NO_CYCLE));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            Path2D star = new Path2D.Double();
            for (int k = 0; k < 4; k++) {
                star.append(
                        new Line2D.Double(
                                x + r * Math.cos(k * Math.PI / 4),
                                y + r * Math.sin(k * Math.PI / 4),
                                x - r * Math.cos(k * Math.PI / 4),
                                y - r * Math.sin(k * Math.PI / 4)),
                        false);
            }
            g.setStroke(new BasicStroke(0.25f));
            g.setColor(alpha(WHITE, 0.5));
            g.draw(star);
            g.setColor(WHITE);
            g.fill(new Ellipse2D.Double(x + lx * 1.6 - 0.7, y + ly * 1.6 - 0.7, 1.4, 1.4));
        }

        private void subdials() {
            Color face = luminance(dial) > 0.55 ? new Color(0x1B1B1D) : mix(dial, BLACK, 0.3);
            Color subInk = luminance(face) > 0.55 ? INK_DARK : INK_LIGHT;
            double rs = dialR * 0.25;
            for (int i = 0; i < subdials; i++) {
                double a = subdials == 3 ? (i + 1) * Math.PI / 2 : (i == 0 ? 1 : 3) * Math.PI / 2;
                double cx = dialR * 0.42 * Math.sin(a), cy = -dialR * 0.42 * Math.cos(a);
                Shape ring = new Ellipse2D.Double(cx - rs * 1.08, cy - rs * 1.08, rs * 2.16, rs * 2.16);
                g.setPaint(metal(trim, ring, true));
                g.fill(ring);
                g.setPaint(linear(cx - rs, cy - rs, cx + rs, cy + rs, mix(face, WHITE, 0.08), mix(face, BLACK, 0.2)));
                g.fill(new Ellipse2D.Double(cx - rs, cy - rs, rs * 2, rs * 2));
                Path2D marks = new Path2D.Double();
                for (int k = 1; k < 5; k++) {
                    double s = rs * k / 5.5;
                    marks.append(new Ellipse2D.Double(cx - s, cy - s, 2 * s, 2 * s), false);
                }
                g.setStroke(new BasicStroke(0.35f));
                g.setColor(alpha(subInk, 0.12));
                g.draw(marks);
                marks.reset();
                for (int k = 0; k < 30; k++) {
                    Shape tick = new Line2D.Double(0, 0, 0, k % 5 == 0 ? rs * 0.22 : rs * 0.1);
                    marks.append(radial(tick, k * Math.PI / 15, rs * 0.94, cx, cy), false);
                }
                g.setStroke(new BasicStroke(0.6f));
                g.setColor(subInk);
                g.draw(marks);
                Shape needle = new Rectangle2D.Double(-0.7, 0, 1.4, rs * 0.95);
                g.fill(radial(needle, camera.nextDouble(2 * Math.PI), rs * 0.85, cx, cy));
                g.fill(new Ellipse2D.Double(cx - 1.6, cy - 1.6, 3.2, 3.2));
            }
        }

        private void dialText() {
            if (dialR < 45) {
                return;
            }
            g.setColor(alpha(ink, 0.85));
            g.fill(AffineTransform.getTranslateInstance(0, -dialR * 0.4)
                    .createTransformedShape(glyphs("AUTOMATIC", SANS, dialR * 0.07, 1)));
            if (look.bezel() == Bezel.DIVER && subdials == 0) {
                g.fill(AffineTransform.getTranslateInstance(0, dialR * 0.4)
                        .createTransformedShape(glyphs("300m = 1000ft", SANS, dialR * 0.06, 1)));
            }
        }

        private Rectangle2D dateWindow() {
            double a = subdials == 0 ? Math.PI / 2 : subdials == 2 ? Math.PI : Math.toRadians(135);
            double r = dialEdge.radiusAt(a) * (subdials == 0 ? 0.79 : 0.63);
            double w = dialR * 0.24, h = dialR * 0.18;
            return new Rectangle2D.Double(r * Math.sin(a) - w / 2, -r * Math.cos(a) - h / 2, w, h);
        }

        private void date() {
            if (!look.date()) {
                return;
            }
            Rectangle2D window = dateWindow();
            boolean cyclops = look.hands() == Hands.MERCEDES;
            AffineTransform t = AffineTransform.getTranslateInstance(window.getCenterX(), window.getCenterY());
            t.scale(cyclops ? 1.35 : 1, cyclops ? 1.35 : 1);
            Shape box = t.createTransformedShape(new Rectangle2D.Double(
                    -window.getWidth() / 2, -window.getHeight() / 2, window.getWidth(), window.getHeight()));
            g.setPaint(metal(trim, box, true));
            g.setStroke(new BasicStroke(2f));
            g.draw(box);
            g.setColor(new Color(0xF7F5EF));
            g.fill(box);
            g.setColor(INK_DARK);
            g.fill(t.createTransformedShape(glyphs(String.valueOf(day), SANS, window.getHeight() * 0.78, 1)));
        }

        // ---------------------------------------------------------------- hands

        private record Hand(Shape body, Shape lume, double angle, double lift, Metal metal) {}

        private void hands() {
            double minute = 9 + camera.nextInt(-2, 3), second = camera.nextInt(60);
            List<Hand> hands = new ArrayList<>();
            hands.add(hand(true, Math.toRadians((10 + minute / 60) * 30), 1.6));
            if (look.bezel() == Bezel.GMT) {
                Area arrow = new Area(new Rectangle2D.Double(-0.8, -dialR * 0.82, 1.6, dialR * 0.9));
                arrow.add(new Area(triangle(5.5, -dialR * 0.8, -dialR * 0.98)));
                Color red = look.bezelColours() != null && look.bezelColours().size() > 1
                        ? parse(look.bezelColours().get(0), GMT_RED)
                        : GMT_RED;
                Area tip = new Area(triangle(3, -dialR * 0.82, -dialR * 0.92));
                hands.add(new Hand(arrow, tip, Math.toRadians(camera.nextInt(24) * 15), 2, Metal.of(red, light)));
            }
            hands.add(hand(false, Math.toRadians(minute * 6 + second / 10), 2.6));
            Area seconds = new Area(new Rectangle2D.Double(-0.55, -dialR * 0.96, 1.1, dialR * 1.18));
            seconds.add(new Area(new Ellipse2D.Double(-2.6, dialR * 0.14, 5.2, 5.2)));
            Area dot = null;
            if (look.bezel() == Bezel.DIVER || look.indices() == Indices.DOT) {
                seconds.add(new Area(new Ellipse2D.Double(-3.4, -dialR * 0.72 - 3.4, 6.8, 6.8)));
                dot = new Area(new Ellipse2D.Double(-2.4, -dialR * 0.72 - 2.4, 4.8, 4.8));
            }
            hands.add(new Hand(seconds, dot, Math.toRadians(second * 6), 3.4, handMetal));
            for (Hand hand : hands) {
                AffineTransform saved = g.getTransform();
                g.translate(-lx * hand.lift(), -ly * hand.lift());
                g.rotate(hand.angle());
                g.setColor(alpha(BLACK, 0.3));
                g.fill(hand.body());
                g.setTransform(saved);
                g.rotate(hand.angle());
                Rectangle2D b = hand.body().getBounds2D();
                Metal m = hand.metal();
                Color[] facets = {m.light(), mix(m.light(), m.base(), 0.5), m.base(), m.dark()};
                g.setPaint(new LinearGradientPaint((float) b.getMinX(), 0, (float) b.getMaxX(), 0, FACETS, facets));
                g.fill(hand.body());
                if (hand.lume() != null) {
                    g.setColor(LUME);
                    g.fill(hand.lume());
                }
                g.setTransform(saved);
            }
            Shape cap = new Ellipse2D.Double(-dialR * 0.055, -dialR * 0.055, dialR * 0.11, dialR * 0.11);
            g.setPaint(metal(handMetal, cap, true));
            g.fill(cap);
        }

        private Hand hand(boolean hour, double angle, double lift) {
            double len = dialR * (hour ? 0.6 : 0.93), w = dialR * (hour ? 0.085 : 0.065);
            Area body, lume = null;
            switch (look.hands()) {
                case MERCEDES, SNOWFLAKE -> {
                    if (!hour) {
                        body = profile(w, len, 0.4, 0.16, 0.4, -0.9, 0, -1);
                        lume = new Area(new Rectangle2D.Double(-w * 0.22, -len * 0.88, w * 0.44, len * 0.7));
                        break;
                    }
                    boolean round = look.hands() == Hands.MERCEDES;
                    double c = -len * 0.72, s = len * (round ? 0.14 : 0.13);
                    body = new Area(new Rectangle2D.Double(-w * 0.32, c, w * 0.64, len * 0.16 - c));
                    body.add(plot(round, c, s));
                    body.add(new Area(triangle(w * 0.32, c - s * 0.9, -len)));
                    lume = new Area(new Rectangle2D.Double(-w * 0.17, c + s, w * 0.34, -c - s - len * 0.1));
                    lume.add(plot(round, c, s * 0.72));
                    for (int k = 0; round && k < 3; k++) {
                        Shape spoke = new Rectangle2D.Double(-0.45, c - s, 0.9, s);
                        lume.subtract(new Area(AffineTransform.getRotateInstance(k * 2 * Math.PI / 3, 0, c)
                                .createTransformedShape(spoke)));
                    }
                }
                case SWORD -> {
                    body = profile(w, len, 0.3, 0.15, 0.55, -0.7, 0, -1);
                    lume = profile(w, len, 0.17, -0.1, 0.35, -0.68, 0, -0.9);
                }
                case DAUPHINE -> body = profile(w, len, 0.3, 0.12, 0.62, -0.2, 0, -1);
                case BATON -> body = profile(w, len, 0.3, 0.14, 0.3, -1);
                default -> {
                    Path2D leaf = new Path2D.Double();
                    leaf.moveTo(0, len * 0.1);
                    leaf.quadTo(w * 1.3, -len * 0.45, 0, -len);
                    leaf.quadTo(-w * 1.3, -len * 0.45, 0, len * 0.1);
                    body = new Area(leaf);
                }
            }
            return new Hand(body, lume, angle, lift, handMetal);
        }

        // ---------------------------------------------------------------- glass, wear

        private void glass() {
            Shape crystal =
                    dialEdge.scaled(look.bezel() == Bezel.NONE ? 1.0 : 1.1).shape();
            Shape clip = g.getClip();
            g.clip(crystal);
            double r = Math.max(dialEdge.a(), dialEdge.b()) * 1.1;
            Color clear = alpha(WHITE, 0);
            g.setPaint(linear(lx * r, ly * r, -lx * r * 0.2, -ly * r * 0.2, alpha(WHITE, 0.2 * light), clear));
            g.fill(crystal);
            AffineTransform box = AffineTransform.getTranslateInstance(lx * r * 0.72, ly * r * 0.72);
            box.rotate(Math.atan2(ly, lx) + Math.PI / 2);
            g.setColor(alpha(WHITE, 0.09 * light));
            g.fill(box.createTransformedShape(new RoundRectangle2D.Double(-r * 0.5, -r * 0.16, r, r * 0.32, 20, 20)));
            g.setClip(clip);
            g.setStroke(new BasicStroke((float) (dialR * 0.014)));
            g.setPaint(linear(lx * r, ly * r, 0, 0, alpha(WHITE, 0.6), alpha(WHITE, 0)));
            g.draw(crystal);
            if (look.date() && look.hands() == Hands.MERCEDES) {
                Rectangle2D w = dateWindow();
                double lw = w.getWidth() * 1.7, lh = w.getHeight() * 1.9;
                Shape lens =
                        new RoundRectangle2D.Double(w.getCenterX() - lw / 2, w.getCenterY() - lh / 2, lw, lh, 8, 8);
                g.setColor(alpha(WHITE, 0.08));
                g.fill(lens);
                g.setStroke(new BasicStroke(0.8f));
                g.setColor(alpha(WHITE, 0.45));
                g.draw(lens);
            }
        }

        private void wear() {
            int scratches = listing.nextInt(7);
            Shape clip = g.getClip();
            g.clip(caseShape);
            g.setStroke(new BasicStroke(0.35f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(alpha(WHITE, 0.22));
            for (int i = 0; i < scratches; i++) {
                double x = listing.nextDouble(-outline.a(), outline.a()),
                        y = listing.nextDouble(-outline.b(), outline.b());
                double a = listing.nextDouble(Math.PI), len = listing.nextDouble(4, 16);
                g.draw(new Line2D.Double(x, y, x + len * Math.cos(a), y + len * Math.sin(a)));
            }
            g.setClip(clip);
        }

        // ---------------------------------------------------------------- paints and helpers

        private Paint metal(Metal m, Shape s, boolean polished) {
            Rectangle2D b = s.getBounds2D();
            double half = Math.max(1, Math.max(b.getWidth(), b.getHeight()) / 2);
            Color hi = polished ? m.light() : mix(m.light(), m.base(), 0.45);
            Color lo = polished ? m.dark() : mix(m.dark(), m.base(), 0.4);
            double x = b.getCenterX(), y = b.getCenterY();
            double dx = lx * half, dy = ly * half;
            Color mid = m.base();
            return linear(x + dx, y + dy, x - dx, y - dy, hi, mid, lo, mid, mix(hi, mid, 0.5));
        }

        /** Cylindrical shading across a bracelet link or strap, brighter on the side facing the light. */
        private Paint acrossMetal(Metal m, double x0, double x1, boolean polished) {
            Color hi = polished ? m.light() : mix(m.light(), m.base(), 0.55);
            Color lo = polished ? m.dark() : mix(m.dark(), m.base(), 0.6);
            return across(x0, x1, lx < 0 ? hi : lo, polished ? mix(m.base(), hi, 0.3) : m.base(), lx < 0 ? lo : hi);
        }

        private Paint across(double x0, double x1, Color left, Color middle, Color right) {
            return linear(x0, 0, x1, 0, left, middle, right);
        }

        private Paint sheen(Color c, Shape s, double amount) {
            Rectangle2D b = s.getBounds2D();
            double half = Math.max(1, b.getWidth() / 2);
            Color hi = mix(c, WHITE, amount * light), lo = mix(c, BLACK, amount * 1.2);
            return linear(lx * half, ly * half, -lx * half, -ly * half, hi, c, lo);
        }

        /** A small repeating overlay: Milanese mesh, nylon weave or brushed-metal streaks. */
        private BufferedImage tile(Finish finish) {
            int n = finish == Finish.BRUSHED ? 32 : 8;
            BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
            SplittableRandom streaks = new SplittableRandom(noiseSeed);
            for (int x = 0; x < n; x++) {
                int streak = (streaks.nextInt(28) << 24) | (streaks.nextBoolean() ? 0xFFFFFF : 0);
                for (int y = 0; y < n; y++) {
                    int d = (x + y) & 7, e = (x - y) & 7;
                    tile.setRGB(
                            x,
                            y,
                            switch (finish) {
                                case MESH -> d == 0 || e == 0 ? 0x70000000 : d == 2 ? 0x50FFFFFF : 0;
                                case WEAVE -> y % 2 == 0 ? 0x30000000 : x % 4 == 0 ? 0x18FFFFFF : 0;
                                case BRUSHED -> streak;
                            });
                }
            }
            return tile;
        }
    }

    // -------------------------------------------------------------------- geometry

    /** A case or dial outline: a superellipse with half-axes a and b (exponent n), or an octagon. */
    private record Outline(CaseShape kind, double a, double b, double n) {

        static Outline of(CaseShape shape) {
            return switch (shape) {
                case ROUND -> new Outline(shape, 100, 100, 2);
                case CUSHION -> new Outline(shape, 98, 98, 3.4);
                case SQUARE -> new Outline(shape, 88, 88, 7);
                case RECTANGLE -> new Outline(shape, 68, 100, 8);
                case TONNEAU -> new Outline(shape, 86, 106, 4);
                case OCTAGON -> new Outline(CaseShape.CUSHION, 100, 96, 2.6);
            };
        }

        static Outline circle(double r) {
            return new Outline(CaseShape.ROUND, r, r, 2);
        }

        Outline scaled(double f) {
            return new Outline(kind, a * f, b * f, n);
        }

        /** Distance from the centre to the outline in the direction of a clock angle (radians from 12). */
        double radiusAt(double clock) {
            double sx = Math.abs(Math.sin(clock)), cy = Math.abs(Math.cos(clock));
            if (kind == CaseShape.OCTAGON) {
                double m = Math.floorMod(Math.round(Math.toDegrees(clock) * 1000), 45000) / 1000.0;
                return a / Math.cos(Math.toRadians(Math.min(m, 45 - m)));
            }
            double r = Math.pow(Math.pow(sx / a, n) + Math.pow(cy / b, n), -1 / n);
            if (kind == CaseShape.TONNEAU) {
                double y = r * cy / b;
                r = Math.hypot(r * sx * (1 - 0.14 * y * y), r * cy);
            }
            return r;
        }

        Shape shape() {
            if (kind == CaseShape.ROUND) {
                return new Ellipse2D.Double(-a, -b, 2 * a, 2 * b);
            }
            int points = kind == CaseShape.OCTAGON ? 8 : 120;
            double[] xy = new double[2 * points];
            for (int i = 0; i < points; i++) {
                double t = 2 * Math.PI * i / points, x, y;
                if (kind == CaseShape.OCTAGON) {
                    x = a / Math.cos(Math.PI / 8) * Math.cos(t + Math.PI / 8);
                    y = a / Math.cos(Math.PI / 8) * Math.sin(t + Math.PI / 8);
                } else {
                    x = a * Math.signum(Math.cos(t)) * Math.pow(Math.abs(Math.cos(t)), 2 / n);
                    y = b * Math.signum(Math.sin(t)) * Math.pow(Math.abs(Math.sin(t)), 2 / n);
                    x *= kind == CaseShape.TONNEAU ? 1 - 0.14 * (y / b) * (y / b) : 1;
                }
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
            }
            return polygon(xy);
        }
    }

    /** One link of a bracelet row: columns f0..f1 of the half-width, offset and length as fractions of the pitch. */
    private record Piece(double f0, double f1, double phase, double length, boolean centre, boolean capsule) {

        static List<Piece> of(Bracelet type) {
            return switch (type) {
                case OYSTER ->
                    List.of(
                            new Piece(-1, -0.36, 0, 0.92, false, false),
                            new Piece(-0.33, 0.33, 0, 0.92, true, false),
                            new Piece(0.36, 1, 0, 0.92, false, false));
                case JUBILEE ->
                    List.of(
                            new Piece(-1, -0.5, 0, 0.86, false, false),
                            new Piece(-0.46, -0.18, 0.5, 0.8, true, true),
                            new Piece(-0.14, 0.14, 0, 0.8, true, true),
                            new Piece(0.18, 0.46, 0.5, 0.8, true, true),
                            new Piece(0.5, 1, 0, 0.86, false, false));
                case PRESIDENT ->
                    List.of(
                            new Piece(-1, -0.38, 0, 0.84, false, true),
                            new Piece(-0.34, 0.34, 0.5, 0.84, true, true),
                            new Piece(0.38, 1, 0, 0.84, false, true));
                default ->
                    List.of(
                            new Piece(-1, -0.2, 0, 0.9, false, false),
                            new Piece(-0.16, 0.16, 0.55, 0.45, true, false),
                            new Piece(0.2, 1, 0, 0.9, false, false));
            };
        }
    }

    private record Metal(Color light, Color base, Color dark) {
        static Metal of(Color base, double light) {
            return new Metal(mix(base, WHITE, Math.min(0.85, 0.55 * light)), base, mix(base, BLACK, 0.5));
        }
    }

    private static Color metalColour(CaseMaterial material) {
        return switch (material) {
            case STAINLESS_STEEL, TWO_TONE -> new Color(0xC4C7CC);
            case YELLOW_GOLD -> YELLOW_GOLD;
            case ROSE_GOLD -> ROSE_GOLD;
            case WHITE_GOLD -> new Color(0xD4D5D8);
            case PLATINUM -> new Color(0xDCDEE2);
            case TITANIUM -> new Color(0x9B9DA0);
            case CERAMIC -> new Color(0x27282C);
            case BRONZE -> new Color(0xA97A48);
            case CARBON -> new Color(0x3A3B3E);
        };
    }

    /** A hand outline symmetric about the y axis, from (x, y) pairs of its right half in units of w and len. */
    private static Area profile(double w, double len, double... half) {
        int n = half.length / 2;
        double[] xy = new double[4 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = half[2 * i] * w;
            xy[4 * n - 2 - 2 * i] = -half[2 * i] * w;
            xy[2 * i + 1] = xy[4 * n - 1 - 2 * i] = half[2 * i + 1] * len;
        }
        return new Area(polygon(xy));
    }

    /** The lume plot of an hour hand: a circle (Mercedes) or a square (snowflake) of radius r centred at (0, y). */
    private static Area plot(boolean round, double y, double r) {
        Shape plot =
                round ? new Ellipse2D.Double(-r, y - r, 2 * r, 2 * r) : new Rectangle2D.Double(-r, y - r, 2 * r, 2 * r);
        return new Area(plot);
    }

    /** A linear gradient through evenly spaced colours. */
    private static Paint linear(double x0, double y0, double x1, double y1, Color... colours) {
        return linear(CycleMethod.NO_CYCLE, x0, y0, x1, y1, colours);
    }

    private static Paint linear(CycleMethod cycle, double x0, double y0, double x1, double y1, Color... colours) {
        float[] stops = new float[colours.length];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = (float) i / (stops.length - 1);
        }
        Point2D end = x0 == x1 && y0 == y1 ? new Point2D.Double(x1 + 0.01, y1) : new Point2D.Double(x1, y1);
        return new LinearGradientPaint(new Point2D.Double(x0, y0), end, stops, colours, cycle);
    }

    /** Places a shape drawn around the origin (pointing up, towards 12) at radius r and clock angle a around (cx, cy). */
    private static Shape radial(Shape s, double a, double r, double cx, double cy) {
        AffineTransform t = AffineTransform.getTranslateInstance(cx, cy);
        t.rotate(a);
        t.translate(0, -r);
        return t.createTransformedShape(s);
    }

    /** An isosceles triangle with half-width w whose base is at y0 and apex at y1. */
    private static Shape triangle(double w, double y0, double y1) {
        return polygon(-w, y0, w, y0, 0, y1);
    }

    private static Path2D polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** Text outline centred on the origin, stretched vertically by {@code stretch}. */
    private static Shape glyphs(String text, Font font, double height, double stretch) {
        Shape outline = font.deriveFont(12f).createGlyphVector(FRC, text).getOutline();
        Rectangle2D b = outline.getBounds2D();
        double scale = height / 12 * 1.35;
        AffineTransform t = AffineTransform.getScaleInstance(scale, scale * stretch);
        t.translate(-b.getCenterX(), -b.getCenterY());
        return t.createTransformedShape(outline);
    }

    /** The convex hull of a convex shape and its copy shifted by dx: the case seen with its side. */
    private static Shape extrude(Shape s, double dx) {
        List<double[]> pts = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                pts.add(new double[] {c[0], c[1]});
                pts.add(new double[] {c[0] + dx, c[1]});
            }
        }
        pts.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
        double[][] hull = new double[2 * pts.size()][];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int i = 0; i < pts.size(); i++) {
                double[] p = pts.get(pass == 0 ? i : pts.size() - 1 - i);
                while (k >= start + 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                    k--;
                }
                hull[k++] = p;
            }
            k--;
        }
        double[] xy = new double[2 * k];
        for (int i = 0; i < k; i++) {
            xy[2 * i] = hull[i][0];
            xy[2 * i + 1] = hull[i][1];
        }
        return polygon(xy);
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static float[] boxBlur(float[] in, int n, int radius, boolean horizontal) {
        float[] out = new float[in.length];
        for (int line = 0; line < n; line++) {
            float sum = 0;
            for (int i = -radius; i <= radius; i++) {
                sum += in[index(line, Math.max(0, Math.min(n - 1, i)), n, horizontal)];
            }
            for (int i = 0; i < n; i++) {
                out[index(line, i, n, horizontal)] = sum / (2 * radius + 1);
                sum += in[index(line, Math.min(n - 1, i + radius + 1), n, horizontal)]
                        - in[index(line, Math.max(0, i - radius), n, horizontal)];
            }
        }
        return out;
    }

    private static int index(int line, int i, int n, boolean horizontal) {
        return horizontal ? line * n + i : i * n + line;
    }

    // -------------------------------------------------------------------- noise and colour

    private static double fbm(double x, double y, int seed, int octaves) {
        double sum = 0, amp = 0.5, norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amp * noise(x, y, seed + o * 131);
            norm += amp;
            x *= 2.03;
            y *= 2.03;
            amp *= 0.5;
        }
        return sum / norm;
    }

    private static double noise(double x, double y, int seed) {
        int xi = (int) Math.floor(x), yi = (int) Math.floor(y);
        double fx = x - xi, fy = y - yi, u = fx * fx * (3 - 2 * fx), v = fy * fy * (3 - 2 * fy);
        double a = hash(xi, yi, seed),
                b = hash(xi + 1, yi, seed),
                c = hash(xi, yi + 1, seed),
                d = hash(xi + 1, yi + 1, seed);
        return a + (b - a) * u + (c - a) * v + (a - b - c + d) * u * v;
    }

    private static double hash(int x, int y, int seed) {
        int h = x * 374761393 + y * 668265263 + seed * 1274126177;
        h = (h ^ (h >>> 13)) * 1274126177;
        return ((h ^ (h >>> 16)) & 0xFFFF) / 65535.0;
    }

    private static Color parse(String hex, Color fallback) {
        try {
            return hex == null ? fallback : Color.decode(hex.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Color mix(Color a, Color b, double t) {
        t = clamp(t, 0, 1);
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(clamp(a, 0, 1) * 255));
    }

    private static int rgb(Color c, double scale) {
        int r = (int) clamp(c.getRed() * scale, 0, 255), gr = (int) clamp(c.getGreen() * scale, 0, 255);
        return r << 16 | gr << 8 | (int) clamp(c.getBlue() * scale, 0, 255);
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
