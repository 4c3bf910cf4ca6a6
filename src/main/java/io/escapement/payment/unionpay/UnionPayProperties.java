package io.escapement.payment.unionpay;

import io.escapement.privacy.NotPersonalData;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The UnionPay merchant the platform is paid through ({@code escapement.payment.unionpay.*}).
 * Certificates are PEM text or the path of a PEM file; they are read when the provider is enabled,
 * and only then required.
 *
 * @param enabled whether the UnionPay provider exists; off by default
 * @param merchantId the merchant number ({@code merId}); a notification for another is refused
 * @param signingKeyStore the path of the merchant's signing certificate and key as UnionPay issues
 *     it (PKCS#12, {@code acp_prod_sign.pfx}); its serial number is the {@code certId}
 * @param signingKeyStorePassword that key store's password
 * @param rootCertificate UnionPay's root certificate ({@code acp_prod_root.cer})
 * @param middleCertificate UnionPay's intermediate certificate ({@code acp_prod_middle.cer})
 * @param signerName the organisation in the common name of UnionPay's signing certificates
 *     (their CN reads {@code …@…@中国银联股份有限公司@…}); blank checks no name, for the test environment
 * @param refundNotifyUrl where UnionPay sends a refund's final result ({@code backUrl}, required by refunds)
 * @param baseUrl the gateway, by default production's {@code https://gateway.95516.com}
 * @param timeout how long a server call (a refund) may take
 */
@ConfigurationProperties("escapement.payment.unionpay")
public record UnionPayProperties(
        boolean enabled,
        @Nullable String merchantId,
        @Nullable String signingKeyStore,
        @Nullable String signingKeyStorePassword,
        @Nullable String rootCertificate,
        @Nullable String middleCertificate,

        @NotPersonalData("an organisation in a certificate's common name, not a person")
        String signerName,

        @Nullable URI refundNotifyUrl,
        URI baseUrl,
        Duration timeout) {

    public UnionPayProperties {
        signerName = signerName == null ? "中国银联股份有限公司" : signerName;
        baseUrl = baseUrl == null ? URI.create("https://gateway.95516.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
