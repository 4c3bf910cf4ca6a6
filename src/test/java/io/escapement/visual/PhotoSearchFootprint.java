package io.escapement.visual;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.WatchAppearance;
import io.escapement.catalog.photo.WatchPainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Figures for the benchmark: descriptor time per photo (decode of a 400 px JPEG plus description),
 * index build time, index size per 1,000 photos and k-NN latency percentiles of a query with as
 * many views as {@link PhotoSearch#ZOOM_OUT}, for {@code n} indexed photos (argument 0, default
 * 20,000; vectors are jittered copies of 200 real descriptors), on one thread. Run with
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.escapement.visual.PhotoSearchFootprint 1000000
 * </pre>
 */
public final class PhotoSearchFootprint {

    private PhotoSearchFootprint() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var painter = new WatchPainter();
        var random = new SplittableRandom(1);
        var looks = List.of(TestPhotos.BLACK_DIVER, TestPhotos.WHITE_DRESS_WATCH);
        var materials = CaseMaterial.values();
        var base = new ArrayList<float[]>();
        long describeNanos = 0;
        int samples = 200;
        for (int i = 0; i < samples; i++) {
            WatchAppearance look = looks.get(i % 2);
            var jpeg = PhotoEvaluationSet.jpeg(
                    painter.paint(look, materials[i % materials.length], random.nextLong(), 0, 400), 0.86f);
            long start = System.nanoTime();
            base.add(PhotoDescriptor.describe(PhotoDecoder.decode(jpeg)));
            describeNanos += System.nanoTime() - start;
        }
        var directory = Files.createTempDirectory("visual-footprint");
        var index = new VisualIndex(directory);
        long indexStart = System.nanoTime();
        var batch = new ArrayList<VisualIndex.Described>();
        for (int i = 0; i < n; i++) {
            batch.add(new VisualIndex.Described(i + 1, jitter(base.get(i % samples), random)));
            if (batch.size() == 5_000) {
                index.put(batch);
                batch.clear();
            }
        }
        index.put(batch);
        index.optimise();
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        long bytes;
        try (Stream<Path> files = Files.walk(directory)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        long[] latencies = new long[1_000];
        for (int i = 0; i < latencies.length; i++) {
            var query = base.get(random.nextInt(samples));
            var views = PhotoSearch.ZOOM_OUT.stream()
                    .map(zoom -> jitter(query, random))
                    .toList();
            long start = System.nanoTime();
            index.nearest(views, 20);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf(
                "descriptor %.2f ms/photo; %d photos indexed in %d ms; index %.1f KB per 1,000 photos;"
                        + " query p50 %.2f ms, p99 %.2f ms%n",
                describeNanos / 1e6 / samples,
                n,
                indexMillis,
                bytes / 1024.0 / n * 1000,
                latencies[500] / 1e6,
                latencies[990] / 1e6);
        index.destroy();
    }

    private static float[] jitter(float[] vector, SplittableRandom random) {
        var copy = vector.clone();
        double sum = 0;
        for (int i = 0; i < copy.length; i++) {
            copy[i] = Math.max(0, copy[i] + (float) random.nextGaussian() * 0.03f);
            sum += copy[i] * copy[i];
        }
        for (int i = 0; i < copy.length; i++) {
            copy[i] /= (float) Math.sqrt(sum);
        }
        return copy;
    }
}
