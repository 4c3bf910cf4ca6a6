package io.escapement.vault;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Keyed HMAC-SHA-256 digests for values other modules must recognise but never store, such as a
 * one-time code or the phone number a code was sent to. Each domain separates its digests from
 * the others'; the key stays in the vault.
 */
public final class KeyedDigests {

    private final PrfSet prf;

    KeyedDigests(SystemKeys keys) {
        try {
            this.prf = keys.get("keyed-digest", PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not load the keyed-digest key", e);
        }
    }

    public byte[] of(String domain, String value) {
        try {
            return prf.computePrimary((domain + '\u0000' + value).getBytes(StandardCharsets.UTF_8), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code digest} is the digest of {@code value}, compared in constant time. */
    public boolean matches(String domain, String value, byte[] digest) {
        return MessageDigest.isEqual(of(domain, value), digest);
    }
}
