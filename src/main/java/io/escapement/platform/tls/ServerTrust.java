package io.escapement.platform.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.springframework.stereotype.Component;

/**
 * TLS for a client inside the application that calls this server back, as the payment sandbox
 * does with its callbacks: it trusts the JDK's certificate authorities and, when the server runs
 * on its generated self-signed certificate, that certificate as well, and nothing else.
 */
@Component
public class ServerTrust {

    private final TlsProperties tls;

    ServerTrust(TlsProperties tls) {
        this.tls = tls;
    }

    public SSLContext sslContext() {
        try {
            var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            var defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            int n = 0;
            for (var manager : defaults.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate authority : x509.getAcceptedIssuers()) {
                        trusted.setCertificateEntry("ca-" + n++, authority);
                    }
                }
            }
            var generated = tls.dir().resolve("escapement.p12");
            var password = tls.dir().resolve("escapement.p12.password");
            if (tls.enabled() && Files.exists(generated) && Files.exists(password)) {
                var own = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(generated)) {
                    own.load(in, Files.readString(password).trim().toCharArray());
                }
                trusted.setCertificateEntry("this-server", own.getCertificate(GeneratedKeystore.ALIAS));
            }
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            var context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up TLS trust for calls back to this server", e);
        }
    }
}
