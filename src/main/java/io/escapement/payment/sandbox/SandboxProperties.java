package io.escapement.payment.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox payment provider, on by default for development and demos.
 *
 * @param enabled whether the sandbox is offered to buyers; switch it off in production
 * @param keyFile the sandbox's signing keyset (generated at first start)
 * @param lateBy how long a "late" callback waits
 * @param forgerySwitch whether the pay page offers to send a forged callback (tests and demos of the refusal)
 */
@ConfigurationProperties("escapement.payment.sandbox")
public record SandboxProperties(Boolean enabled, Path keyFile, Duration lateBy, Boolean forgerySwitch) {

    public SandboxProperties {
        enabled = enabled == null || enabled;
        keyFile = keyFile == null ? Path.of("keys", "payment-sandbox.json") : keyFile;
        lateBy = lateBy == null ? Duration.ofSeconds(10) : lateBy;
        forgerySwitch = forgerySwitch != null && forgerySwitch;
    }
}
