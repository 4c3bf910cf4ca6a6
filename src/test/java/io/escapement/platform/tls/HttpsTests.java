package io.escapement.platform.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Keeps P-1: HTTPS with a generated certificate, HSTS, and HTTP redirected to HTTPS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class HttpsTests {

    static final int HTTPS_PORT = freePort();
    static final int HTTP_PORT = freePort();

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("escapement.tls.enabled", () -> "true");
        registry.add("escapement.tls.dir", () -> "target/https-tests/tls");
        registry.add("server.port", () -> HTTPS_PORT);
        registry.add("escapement.tls.http-port", () -> HTTP_PORT);
    }

    @Test
    void servesHttpsWithStrictTransportSecurity() throws Exception {
        var response = client().send(
                        HttpRequest.newBuilder(URI.create("https://localhost:" + HTTPS_PORT + "/?lang=en"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.sslSession()).isPresent();
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("escapement_lang=en")
                        .contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void redirectsPlainHttpToHttps() throws Exception {
        var response = client().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/watches?brand=rolex"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isIn(301, 302, 307, 308);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("https://localhost:" + HTTPS_PORT + "/watches?brand=rolex");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** Trusts the generated self-signed certificate, as a developer's browser does after a click. */
    private static HttpClient client() throws Exception {
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
        return HttpClient.newBuilder()
                .sslContext(context)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
