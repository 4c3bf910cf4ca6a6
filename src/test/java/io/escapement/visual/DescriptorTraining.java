package io.escapement.visual;

import io.escapement.catalog.ReferenceLooks;
import io.escapement.demo.photo.WatchPainter;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * Fits the photo descriptor's {@link Projection} (ADR 0019) and writes it to {@code
 * src/main/resources/visual/photo-projection.bin}. Run it after the reference data or {@link
 * PhotoFeatures} change:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.escapement.visual.DescriptorTraining -Dexec.classpathScope=test
 * </pre>
 *
 * <p>Training photos: every reference drawn {@value #PHOTOS_PER_REFERENCE} times, in sessions of
 * its own (seeds from a fixed stream, apart from the listing and evaluation seeds), half from the
 * front and half at three-quarters, each cropped to 75–100 %, re-lit, blurred half of the time and
 * saved as a JPEG of quality 0.35–0.9. The projection is Fisher's linear discriminant: whiten the
 * within-reference scatter (regularised), then keep the {@value #OUTPUTS} directions along which
 * references differ most.
 */
public final class DescriptorTraining {

    static final int PHOTOS_PER_REFERENCE = 32;
    static final int OUTPUTS = 64;
    static final double REGULARISATION = 0.01;

    private static final WatchPainter painter = new WatchPainter();

    private DescriptorTraining() {}

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        var looks = ReferenceLooks.all();
        var seeds = new SplittableRandom(7);
        long[] photoSeeds = new long[looks.size() * PHOTOS_PER_REFERENCE];
        Arrays.setAll(photoSeeds, i -> seeds.nextLong());
        var features = IntStream.range(0, photoSeeds.length)
                .parallel()
                .mapToObj(i -> trainingFeatures(looks.get(i / PHOTOS_PER_REFERENCE), photoSeeds[i], i % 2))
                .toList();
        int[] labels = IntStream.range(0, photoSeeds.length)
                .map(i -> i / PHOTOS_PER_REFERENCE)
                .toArray();
        var output = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + Projection.RESOURCE);
        write(fisher(features, labels, looks.size()), output);
        System.out.printf(
                "Fitted %d → %d on %d photos of %d references in %d s: %s%n",
                PhotoFeatures.DIMENSIONS,
                OUTPUTS,
                features.size(),
                looks.size(),
                (System.nanoTime() - started) / 1_000_000_000,
                output);
    }

    private static float[] trainingFeatures(ReferenceLooks.Look look, long seed, int shot) {
        var random = new SplittableRandom(seed);
        int side = 640;
        BufferedImage image = painter.paint(look.appearance(), look.material(), random.nextLong(), shot, side);
        double keep = random.nextDouble(0.75, 1.0);
        int width = Math.min(side, (int) (side * keep * random.nextDouble(0.95, 1.05))), height = (int) (side * keep);
        image = image.getSubimage(random.nextInt(side - width + 1), random.nextInt(side - height + 1), width, height);
        image = PhotoEvaluationSet.relight(image, random.nextDouble(0.7, 1.3));
        if (random.nextBoolean()) {
            image = PhotoEvaluationSet.blur(image);
        }
        var jpeg = PhotoEvaluationSet.jpeg(image, (float) random.nextDouble(0.35, 0.9));
        var photo = PhotoDecoder.decode(jpeg, PhotoSearch.DESCRIBED_SIDE);
        return PhotoFeatures.of(PhotoFeatures.prepare(photo), (double) side / Math.min(width, height));
    }

    /** Mean and weights [OUTPUTS][d] of Fisher's linear discriminant. */
    private static double[][] fisher(List<float[]> samples, int[] labels, int classes) {
        int d = PhotoFeatures.DIMENSIONS, n = samples.size();
        double[] mean = new double[d];
        double[][] classMeans = new double[classes][d];
        int[] counts = new int[classes];
        for (int s = 0; s < n; s++) {
            counts[labels[s]]++;
            for (int i = 0; i < d; i++) {
                mean[i] += samples.get(s)[i] / n;
                classMeans[labels[s]][i] += samples.get(s)[i];
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < d; i++) {
                classMeans[c][i] /= counts[c];
            }
        }
        var within = new DMatrixRMaj(d, d);
        var between = new DMatrixRMaj(d, d);
        for (int s = 0; s < n; s++) {
            addOuter(within, difference(samples.get(s), classMeans[labels[s]]), 1);
        }
        for (int c = 0; c < classes; c++) {
            addOuter(between, difference(classMeans[c], mean), counts[c]);
        }
        double shrink = REGULARISATION * CommonOps_DDRM.trace(within) / d;
        for (int i = 0; i < d; i++) {
            within.add(i, i, shrink);
        }
        var whiten = inverseSquareRoot(within);
        var whitened = new DMatrixRMaj(d, d);
        var temporary = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(whiten, between, temporary);
        CommonOps_DDRM.mult(temporary, whiten, whitened);
        var eigen = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eigen.decompose(whitened)) {
            throw new IllegalStateException("The between-reference scatter could not be decomposed");
        }
        var order = IntStream.range(0, d)
                .boxed()
                .sorted((a, b) -> Double.compare(eigen.getEigenvalue(b).real, eigen.getEigenvalue(a).real))
                .toList();
        double[][] result = new double[OUTPUTS + 1][];
        result[0] = mean;
        for (int o = 0; o < OUTPUTS; o++) {
            var direction = new DMatrixRMaj(d, 1);
            CommonOps_DDRM.mult(whiten, eigen.getEigenVector(order.get(o)), direction);
            result[o + 1] = direction.getData();
        }
        return result;
    }

    private static DMatrixRMaj inverseSquareRoot(DMatrixRMaj symmetric) {
        int d = symmetric.numRows;
        var eigen = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eigen.decompose(symmetric.copy())) {
            throw new IllegalStateException("The within-reference scatter could not be decomposed");
        }
        var result = new DMatrixRMaj(d, d);
        for (int c = 0; c < d; c++) {
            var vector = eigen.getEigenVector(c).getData();
            addOuter(result, vector, 1 / Math.sqrt(Math.max(eigen.getEigenvalue(c).real, 1e-12)));
        }
        return result;
    }

    private static double[] difference(float[] a, double[] b) {
        double[] v = new double[b.length];
        Arrays.setAll(v, i -> a[i] - b[i]);
        return v;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] v = new double[b.length];
        Arrays.setAll(v, i -> a[i] - b[i]);
        return v;
    }

    private static void addOuter(DMatrixRMaj matrix, double[] v, double weight) {
        int d = v.length;
        double[] data = matrix.getData();
        for (int i = 0; i < d; i++) {
            double vi = weight * v[i];
            if (vi != 0) {
                for (int j = 0; j < d; j++) {
                    data[i * d + j] += vi * v[j];
                }
            }
        }
    }

    private static void write(double[][] meanAndWeights, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(Projection.MAGIC);
            out.writeInt(PhotoFeatures.DIMENSIONS);
            out.writeInt(OUTPUTS);
            for (double[] row : meanAndWeights) {
                for (double value : row) {
                    out.writeFloat((float) value);
                }
            }
        }
    }
}
