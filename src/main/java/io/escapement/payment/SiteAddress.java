package io.escapement.payment;

import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where providers send callbacks and browsers come back: the configured public address, or, in
 * development, this server on localhost at the port it listens on.
 */
@Component
class SiteAddress {

    private final PaymentProperties properties;
    private volatile URI local = URI.create("https://localhost:8443");

    SiteAddress(PaymentProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        if (started.getApplicationContext().getServerNamespace() == null) {
            var ssl = started.getApplicationContext().getEnvironment().getProperty("escapement.tls.enabled", "true");
            var scheme = Boolean.parseBoolean(ssl) ? "https" : "http";
            local = URI.create(scheme + "://localhost:" + started.getWebServer().getPort());
        }
    }

    URI resolve(String path) {
        var base = properties.publicUrl() != null ? properties.publicUrl() : local;
        return base.resolve(path);
    }
}
