package io.escapement.platform.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client inside the application (the payment sandbox's callbacks) reaches this server over HTTPS
 * on its generated self-signed certificate, and a client without that trust does not.
 */
class ServerTrustTests {

    @TempDir
    Path dir;

    @Test
    void trustsThisServersGeneratedCertificateAndOnlyWithIt() throws Exception {
        var generated = GeneratedKeystore.in(dir);
        var server = httpsServer(generated);
        try {
            var uri = URI.create("https://localhost:" + server.getAddress().getPort() + "/");
            var trusting = HttpClient.newBuilder()
                    .sslContext(new ServerTrust(new TlsProperties(true, dir, -1)).sslContext())
                    .build();

            var answer = trusting.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
            var notOurs = HttpClient.newBuilder()
                    .sslContext(new ServerTrust(new TlsProperties(false, dir, -1)).sslContext())
                    .build();
            assertThatThrownBy(() ->
                            notOurs.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
        } finally {
            server.stop(0);
        }
    }

    private static HttpsServer httpsServer(GeneratedKeystore generated) throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(generated.keystore())) {
            store.load(in, generated.password().toCharArray());
        }
        var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, generated.password().toCharArray());
        var tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        var server = HttpsServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        server.start();
        return server;
    }
}
