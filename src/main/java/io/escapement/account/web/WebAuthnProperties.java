package io.escapement.account.web;

import io.escapement.privacy.NotPersonalData;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WebAuthn relying party that passkeys are bound to (C-6).
 *
 * @param rpId the site's registrable domain, e.g. {@code escapement.cn}; passkeys only work there
 * @param rpName the name the device shows when it asks for the face or fingerprint
 * @param allowedOrigins the exact origins ({@code https://host:port}) pages may sign in from
 */
@ConfigurationProperties("escapement.webauthn")
public record WebAuthnProperties(
        String rpId,

        @NotPersonalData("the site's name, shown by the device")
        String rpName,

        Set<String> allowedOrigins) {

    public WebAuthnProperties {
        rpId = rpId == null ? "localhost" : rpId;
        rpName = rpName == null ? "Escapement" : rpName;
        allowedOrigins = allowedOrigins == null ? Set.of("https://localhost:8443") : Set.copyOf(allowedOrigins);
    }
}
