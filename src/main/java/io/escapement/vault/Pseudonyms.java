package io.escapement.vault;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * De-identification for analysis (C-11): a keyed pseudonym of a subject, stable within one
 * analysis domain and unlinkable across domains. The key stays in the vault, so analytics and
 * recommendation training can count and join but never re-identify.
 */
public final class Pseudonyms {

    private final PrfSet prf;

    Pseudonyms(SystemKeys keys) {
        try {
            this.prf = keys.get("pseudonym", PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not load the pseudonym key", e);
        }
    }

    /** A 22-character pseudonym of {@code subject} for {@code domain}, e.g. {@code "recommendations"}. */
    public String of(SubjectId subject, String domain) {
        try {
            var digest = prf.computePrimary((domain + '\u0000' + subject.value()).getBytes(StandardCharsets.UTF_8), 16);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
