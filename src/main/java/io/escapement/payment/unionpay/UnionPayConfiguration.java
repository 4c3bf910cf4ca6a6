package io.escapement.payment.unionpay;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The UnionPay provider, only when {@code escapement.payment.unionpay.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("escapement.payment.unionpay.enabled")
class UnionPayConfiguration {

    @Bean
    UnionPayProvider unionPayProvider(UnionPayProperties properties, Clock clock) {
        return new UnionPayProvider(properties, clock);
    }
}
