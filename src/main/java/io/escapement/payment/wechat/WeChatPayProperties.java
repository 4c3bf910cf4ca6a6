package io.escapement.payment.wechat;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WeChat Pay merchant the platform is paid through ({@code escapement.payment.wechat.*}). Keys
 * and certificates are PEM text or the path of a PEM file; they are read when the provider is
 * enabled, and only then required. WeChat Pay's answers and notifications are verified with its
 * platform certificates, with its platform public key (the newer mode), or with both while a
 * merchant moves from one to the other.
 *
 * @param enabled whether the WeChat Pay provider exists; off by default
 * @param appId the app id bound to the merchant ({@code appid})
 * @param merchantId the merchant id ({@code mchid}); a notification for another is refused
 * @param merchantSerialNumber the serial number of the merchant API certificate whose key signs requests
 * @param privateKey the merchant API private key ({@code apiclient_key.pem})
 * @param apiV3Key the 32-character APIv3 key that encrypts notifications
 * @param platformCertificates WeChat Pay's platform certificates (one or more PEM blocks), or blank
 * @param platformPublicKey WeChat Pay's platform public key, or blank
 * @param platformPublicKeyId that key's id ({@code PUB_KEY_ID_…}), which answers name as their serial
 * @param baseUrl the API's address, by default production's {@code https://api.mch.weixin.qq.com}
 * @param timeout how long a call may take
 */
@ConfigurationProperties("escapement.payment.wechat")
public record WeChatPayProperties(
        boolean enabled,
        @Nullable String appId,
        @Nullable String merchantId,
        @Nullable String merchantSerialNumber,
        @Nullable String privateKey,
        @Nullable String apiV3Key,
        @Nullable String platformCertificates,
        @Nullable String platformPublicKey,
        @Nullable String platformPublicKeyId,
        URI baseUrl,
        Duration timeout) {

    public WeChatPayProperties {
        baseUrl = baseUrl == null ? URI.create("https://api.mch.weixin.qq.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
