package io.escapement.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the site's address as providers and buyers' browsers reach it, e.g. {@code
 *     https://escapement.example}; blank: this server's own port on localhost (development)
 * @param subject the line a buyer sees at the provider; never the watch or the buyer
 * @param refundRetryInterval how often refunds a provider has not taken are sent again
 * @param platformFee the platform's fee in percent of what a settled order leaves to the merchant,
 *     e.g. {@code 5} or {@code 2.5}; from 0 to 100 (ADR 46)
 */
@ConfigurationProperties("escapement.payment")
public record PaymentProperties(
        @Nullable URI publicUrl, String subject, Duration refundRetryInterval, BigDecimal platformFee) {

    public PaymentProperties {
        if (subject == null || subject.isBlank()) {
            subject = "腕表订单";
        }
        if (refundRetryInterval == null) {
            refundRetryInterval = Duration.ofSeconds(30);
        }
        if (platformFee == null) {
            platformFee = BigDecimal.valueOf(5);
        }
        new PlatformFee(platformFee); // refuses a percentage out of 0..100 at startup
    }
}
