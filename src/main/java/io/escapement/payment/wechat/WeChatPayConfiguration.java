package io.escapement.payment.wechat;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The WeChat Pay provider, only when {@code escapement.payment.wechat.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("escapement.payment.wechat.enabled")
class WeChatPayConfiguration {

    @Bean
    WeChatPayProvider weChatPayProvider(WeChatPayProperties properties, Clock clock) {
        return new WeChatPayProvider(properties, clock);
    }
}
