package io.escapement.platform.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;

class TlsConfigurationTests {

    @TempDir
    Path dir;

    @Test
    void generatesAKeystoreWhenNoneIsConfigured() {
        var factory = new TomcatServletWebServerFactory(8443);
        customizer(new TlsProperties(true, dir, 8080)).customize(factory);
        assertThat(factory.getSsl().getKeyStore()).endsWith("escapement.p12");
        assertThat(dir.resolve("escapement.p12")).exists();
        assertThat(factory.getAdditionalConnectors()).singleElement().satisfies(http -> {
            assertThat(http.getPort()).isEqualTo(8080);
            assertThat(http.getRedirectPort()).isEqualTo(8443);
        });
    }

    @Test
    void keepsAConfiguredKeystoreAndGeneratesNothing() {
        var factory = new TomcatServletWebServerFactory(8443);
        var configured = new Ssl();
        configured.setKeyStore("file:/etc/escapement/shop.p12");
        factory.setSsl(configured);
        customizer(new TlsProperties(true, dir.resolve("unused"), -1)).customize(factory);
        assertThat(factory.getSsl()).isSameAs(configured);
        assertThat(dir.resolve("unused")).doesNotExist();
        assertThat(factory.getAdditionalConnectors()).isEmpty();
    }

    @Test
    void servesPlainHttpOnlyWhenSwitchedOff() {
        var factory = new TomcatServletWebServerFactory(8080);
        customizer(new TlsProperties(false, dir, 8080)).customize(factory);
        assertThat(factory.getSsl()).isNull();
        assertThat(factory.getAdditionalConnectors()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static org.springframework.boot.web.server.WebServerFactoryCustomizer<TomcatServletWebServerFactory>
            customizer(TlsProperties properties) {
        return new TlsConfiguration().httpsByDefault(properties);
    }
}
