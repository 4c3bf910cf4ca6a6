package io.escapement.shipping.sandbox;

import io.escapement.platform.tls.ServerTrust;
import java.net.URI;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox carrier, on unless {@code escapement.shipping.sandbox.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxCarrierProperties.class)
@ConditionalOnBooleanProperty(name = "escapement.shipping.sandbox.enabled", matchIfMissing = true)
class SandboxCarrierConfiguration {

    private static final String PATH = "/api/v1/shipping/" + SandboxCarrier.ID + "/events";

    private volatile URI local = URI.create("https://localhost:8443" + PATH);

    @EventListener
    void on(WebServerInitializedEvent started) {
        if (started.getApplicationContext().getServerNamespace() == null) {
            var ssl = started.getApplicationContext().getEnvironment().getProperty("escapement.tls.enabled", "true");
            var scheme = Boolean.parseBoolean(ssl) ? "https" : "http";
            local = URI.create(scheme + "://localhost:" + started.getWebServer().getPort() + PATH);
        }
    }

    @Bean
    SandboxCarrier sandboxCarrier(
            SandboxCarrierProperties properties, JsonMapper json, ServerTrust trust, Clock clock) {
        return new SandboxCarrier(
                SandboxCarrierKeys.in(properties.keyFile()),
                properties,
                () -> properties.webhookUrl() != null ? properties.webhookUrl() : local,
                json,
                trust,
                clock);
    }
}
