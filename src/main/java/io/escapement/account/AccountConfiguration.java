package io.escapement.account;

import io.escapement.account.spi.EmailGateway;
import io.escapement.account.spi.SmsGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Until a provider's adapter is configured, messages stay in the in-memory development outbox. */
    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    DevelopmentSmsOutbox developmentSmsOutbox() {
        return new DevelopmentSmsOutbox();
    }

    /** Until a mail provider's adapter is configured, e-mail stays in the in-memory development outbox. */
    @Bean
    @ConditionalOnMissingBean(EmailGateway.class)
    DevelopmentMailOutbox developmentMailOutbox() {
        return new DevelopmentMailOutbox();
    }
}
