package io.escapement.payment.alipay;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Alipay application the platform pays through ({@code escapement.payment.alipay.*}). The keys
 * are PEM text, the bare Base64 that Alipay's console shows, or the path of a file with either; they
 * are read when the provider is enabled, and only then required.
 *
 * @param enabled whether the Alipay provider exists; off by default
 * @param appId the application's id ({@code app_id}); a notification for another is refused
 * @param privateKey the application's RSA private key (PKCS#8) that signs requests
 * @param alipayPublicKey Alipay's public key for this application, which signs notifications and answers
 * @param gateway the open API gateway, by default production's {@code https://openapi.alipay.com/gateway.do}
 * @param timeout how long a server call (a refund) may take
 */
@ConfigurationProperties("escapement.payment.alipay")
public record AlipayProperties(
        boolean enabled,
        @Nullable String appId,
        @Nullable String privateKey,
        @Nullable String alipayPublicKey,
        URI gateway,
        Duration timeout) {

    public AlipayProperties {
        gateway = gateway == null ? URI.create("https://openapi.alipay.com/gateway.do") : gateway;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
