package io.escapement.payment.alipay;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Alipay provider, only when {@code escapement.payment.alipay.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("escapement.payment.alipay.enabled")
class AlipayConfiguration {

    @Bean
    AlipayProvider alipayProvider(AlipayProperties properties, Clock clock) {
        return new AlipayProvider(properties, clock);
    }
}
