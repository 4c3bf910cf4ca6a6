package io.escapement.visual;

import io.escapement.catalog.ReferenceLooks;
import io.escapement.demo.photo.WatchPainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.springframework.util.FileSystemUtils;

/**
 * Figures for the benchmark (docs/benchmarks.md): descriptor time per listing photo, index build
 * time and size, and the latency of a photo search as {@link PhotoSearch} runs it (decode a
 * buyer's JPEG, describe it in {@link PhotoSearch#ZOOM_OUT} views, ask the index) over {@code n}
 * listings (argument 0, default 20,000) with {@link ListingPhotoSync#DESCRIBED_PHOTOS} photos each,
 * on one thread. Listing vectors are jittered copies of 400 real descriptors of every reference,
 * because drawing a million photos takes hours. Run with
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.escapement.visual.PhotoSearchFootprint 1000000
 * </pre>
 */
public final class PhotoSearchFootprint {

    private static final int SAMPLES = 400;

    private PhotoSearchFootprint() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var painter = new WatchPainter();
        var random = new SplittableRandom(1);
        var looks = ReferenceLooks.all();
        var base = new ArrayList<float[]>();
        var queries = new ArrayList<byte[]>();
        long describeNanos = 0;
        for (int i = 0; i < SAMPLES; i++) {
            var look = looks.get(i % looks.size());
            var jpeg = PhotoEvaluationSet.jpeg(
                    painter.paint(look.appearance(), look.material(), random.nextLong(), i % 2, 400), 0.86f);
            long start = System.nanoTime();
            base.add(PhotoDescriptor.describe(PhotoDecoder.decode(jpeg)));
            describeNanos += System.nanoTime() - start;
            queries.add(PhotoEvaluationSet.query(look.appearance(), look.material(), random.nextLong(), i % 2));
        }
        var directory = Files.createTempDirectory("visual-footprint");
        var index = new VisualIndex(directory);
        long indexStart = System.nanoTime();
        var batch = new ArrayList<VisualIndex.Described>();
        for (int i = 0; i < n; i++) {
            var photos = new ArrayList<float[]>();
            for (int p = 0; p < ListingPhotoSync.DESCRIBED_PHOTOS; p++) {
                photos.add(jitter(base.get(random.nextInt(SAMPLES)), random));
            }
            batch.add(new VisualIndex.Described(i + 1, photos));
            if (batch.size() == 5_000) {
                index.put(batch);
                batch.clear();
            }
        }
        index.put(batch);
        index.built();
        index.destroy(); // closing waits for running merges, so the searches below meet a settled index
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        index = new VisualIndex(directory);
        int segments;
        try (var reader = DirectoryReader.open(FSDirectory.open(directory))) {
            segments = reader.leaves().size();
        }
        long bytes;
        try (Stream<Path> files = Files.walk(directory)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        long[] latencies = new long[1_000];
        for (int i = 0; i < latencies.length; i++) {
            var jpeg = queries.get(random.nextInt(SAMPLES));
            long start = System.nanoTime();
            var photo = PhotoDecoder.decode(jpeg, PhotoSearch.DESCRIBED_SIDE);
            index.nearest(PhotoDescriptor.describe(photo, PhotoSearch.ZOOM_OUT), PhotoSearch.MAX_RESULTS);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf(
                "descriptor %.2f ms/photo; %d listings (%d photos) indexed in %d ms; index %.1f MB in %d segments;"
                        + " photo search (decode, describe, k-NN) p50 %.2f ms, p99 %.2f ms%n",
                describeNanos / 1e6 / SAMPLES,
                n,
                index.size(),
                indexMillis,
                bytes / 1024.0 / 1024.0,
                segments,
                latencies[500] / 1e6,
                latencies[990] / 1e6);
        index.destroy();
        FileSystemUtils.deleteRecursively(directory);
    }

    private static float[] jitter(float[] vector, SplittableRandom random) {
        var copy = vector.clone();
        double sum = 0;
        for (int i = 0; i < copy.length; i++) {
            copy[i] += (float) random.nextGaussian() * 0.03f;
            sum += copy[i] * copy[i];
        }
        for (int i = 0; i < copy.length; i++) {
            copy[i] /= (float) Math.sqrt(sum);
        }
        return copy;
    }
}
