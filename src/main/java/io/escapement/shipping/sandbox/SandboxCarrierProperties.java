package io.escapement.shipping.sandbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox carrier, on by default for development and demos.
 *
 * @param enabled whether merchants may book it; switch it off in production
 * @param keyFile the sandbox's signing keyset (generated at first start)
 * @param step how long the parcel takes from one route event to the next; zero: it never moves by
 *     itself (tests push the events)
 * @param webhookUrl where it pushes route events; blank: this server on localhost
 */
@ConfigurationProperties("escapement.shipping.sandbox")
public record SandboxCarrierProperties(
        Boolean enabled,
        Path keyFile,
        Duration step,
        @Nullable URI webhookUrl) {

    public SandboxCarrierProperties {
        enabled = enabled == null || enabled;
        keyFile = keyFile == null ? Path.of("keys", "shipping-sandbox.json") : keyFile;
        step = step == null ? Duration.ofMinutes(1) : step;
    }
}
