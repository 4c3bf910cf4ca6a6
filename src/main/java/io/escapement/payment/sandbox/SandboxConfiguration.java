package io.escapement.payment.sandbox;

import io.escapement.platform.tls.ServerTrust;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox provider and its bank, on unless {@code escapement.payment.sandbox.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
@ConditionalOnBooleanProperty(name = "escapement.payment.sandbox.enabled", matchIfMissing = true)
class SandboxConfiguration {

    @Bean
    SandboxKeys sandboxKeys(SandboxProperties properties) {
        return SandboxKeys.in(properties.keyFile());
    }

    @Bean
    SandboxBank sandboxBank(
            SandboxKeys keys, SandboxProperties properties, JsonMapper json, ServerTrust trust, Clock clock) {
        return new SandboxBank(keys, properties, json, trust, clock);
    }

    @Bean
    SandboxProvider sandboxProvider(SandboxBank bank, SandboxKeys keys, JsonMapper json, Clock clock) {
        return new SandboxProvider(bank, keys, json, clock);
    }
}
