package io.escapement.vault;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords for staff second factors (kept here because the vault is where the
 * platform's cryptography lives) (RFC 6238: HMAC-SHA1, 30-second steps, six digits), the form every
 * authenticator app reads. A code is accepted one step either side of now, and only for a step
 * later than the last one accepted, so a code cannot be replayed.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new 160-bit secret, Base32-encoded as authenticator apps expect. */
    public static String newSecret() {
        var key = new byte[20];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The {@code otpauth://} URI an authenticator app scans. */
    public static String uri(String secret, String handle) {
        var label = URLEncoder.encode("Escapement console:" + handle, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Escapement%20console&digits=6&period=30";
    }

    public static String code(String secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable TOTP secret", e);
        }
    }

    /**
     * The step {@code code} belongs to, if it is a valid code near {@code now} for a step after
     * {@code lastStep}.
     */
    public static OptionalLong verify(String secret, String code, Instant now, long lastStep) {
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastStep
                    && java.security.MessageDigest.isEqual(
                            code(secret, Instant.ofEpochSecond(step * STEP.toSeconds()))
                                    .getBytes(StandardCharsets.US_ASCII),
                            code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
    }
}
