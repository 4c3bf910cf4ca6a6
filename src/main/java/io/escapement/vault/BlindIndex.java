package io.escapement.vault;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keyed HMAC-SHA-256 digests of normalised values (P-3), under a key of their own. Without the key
 * a digest cannot be recomputed from a guessed phone number, which an unkeyed SHA-256 would allow.
 * The field name is part of the input, so equal values in different fields do not link.
 */
final class BlindIndex {

    private final PrfSet prf;

    BlindIndex(SystemKeys keys) {
        try {
            this.prf = keys.get("blind-index", PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not load the blind-index key", e);
        }
    }

    byte[] digest(String field, String normalisedValue) {
        try {
            return prf.computePrimary((field + '\u0000' + normalisedValue).getBytes(StandardCharsets.UTF_8), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
