package io.escapement.platform.tls;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HTTPS settings (keeps P-1).
 *
 * @param enabled serve HTTPS; switch off only behind a proxy that terminates TLS
 * @param dir where the generated self-signed keystore is kept when no {@code server.ssl.*}
 *     keystore or bundle is configured
 * @param httpPort plain-HTTP port that only redirects to HTTPS; a negative value opens none
 */
@ConfigurationProperties("escapement.tls")
public record TlsProperties(Boolean enabled, Path dir, Integer httpPort) {

    public TlsProperties {
        enabled = enabled == null || enabled;
        dir = dir == null ? Path.of("data", "tls") : dir;
        httpPort = httpPort == null ? 8080 : httpPort;
    }
}
