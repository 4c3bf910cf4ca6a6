package io.escapement.platform.tls;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serves HTTPS by default (keeps P-1): a configured {@code server.ssl} keystore or bundle wins,
 * otherwise a self-signed certificate is generated on first start. A second, plain-HTTP connector
 * exists only to be redirected to HTTPS by the security filter chain.
 */
@Configuration(proxyBeanMethods = false)
class TlsConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> httpsByDefault(TlsProperties tls) {
        return new HttpsCustomizer(tls);
    }

    private record HttpsCustomizer(TlsProperties tls)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (!tls.enabled()) {
                return;
            }
            if (!hasConfiguredKeyMaterial(factory.getSsl())) {
                var generated = GeneratedKeystore.in(tls.dir());
                var ssl = new Ssl();
                ssl.setKeyStore(generated.keystore().toUri().toString());
                ssl.setKeyStorePassword(generated.password());
                ssl.setKeyStoreType("PKCS12");
                ssl.setKeyAlias(GeneratedKeystore.ALIAS);
                factory.setSsl(ssl);
            }
            if (tls.httpPort() >= 0) {
                var http = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
                http.setScheme("http");
                http.setSecure(false);
                http.setPort(tls.httpPort());
                http.setRedirectPort(factory.getPort());
                factory.addAdditionalConnectors(http);
            }
        }

        private static boolean hasConfiguredKeyMaterial(Ssl ssl) {
            return Ssl.isEnabled(ssl)
                    && (ssl.getBundle() != null || ssl.getKeyStore() != null || ssl.getCertificate() != null);
        }

        /** After Spring Boot has applied {@code server.*}, so a configured keystore is visible. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
