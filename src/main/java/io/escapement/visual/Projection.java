package io.escapement.visual;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;

/**
 * A learned linear projection of {@link PhotoFeatures} (ADR 0019): subtract the mean, multiply by
 * the weights, scale to unit length. The weights are trained offline by {@code
 * DescriptorTraining} (test sources) and shipped as a class-path resource; nothing is downloaded.
 *
 * <p>File format, big-endian: int magic {@code EPD1}, int inputs, int outputs, float mean[inputs],
 * float weights[outputs][inputs].
 */
final class Projection {

    static final int MAGIC = 0x45504431;
    static final String RESOURCE = "visual/photo-projection.bin";

    private final float[] mean;
    private final float[][] weights;
    private final String id;

    private Projection(float[] mean, float[][] weights, String id) {
        this.mean = mean;
        this.weights = weights;
        this.id = id;
    }

    /** The projection shipped with the application. */
    static Projection shipped() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static Projection read(byte[] bytes) throws IOException {
        var in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a photo projection");
        }
        int inputs = in.readInt(), outputs = in.readInt();
        if (inputs != PhotoFeatures.DIMENSIONS || outputs < 1 || outputs > 1024) {
            throw new IOException("A projection of " + inputs + " features to " + outputs + " does not fit features of "
                    + PhotoFeatures.DIMENSIONS);
        }
        float[] mean = new float[inputs];
        for (int i = 0; i < inputs; i++) {
            mean[i] = in.readFloat();
        }
        float[][] weights = new float[outputs][inputs];
        for (float[] row : weights) {
            for (int i = 0; i < inputs; i++) {
                row[i] = in.readFloat();
            }
        }
        return new Projection(mean, weights, digest(bytes));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int outputs() {
        return weights.length;
    }

    /** Identifies the weights, so an index built with other weights is noticed. */
    String id() {
        return id;
    }

    /** The unit-length projection of a feature vector. */
    float[] apply(float[] features) {
        float[] out = new float[weights.length];
        double norm = 0;
        for (int o = 0; o < weights.length; o++) {
            float[] row = weights[o];
            double sum = 0;
            for (int i = 0; i < row.length; i++) {
                sum += row[i] * (features[i] - mean[i]);
            }
            out[o] = (float) sum;
            norm += sum * sum;
        }
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int o = 0; o < out.length; o++) {
            out[o] *= scale;
        }
        return out;
    }
}
