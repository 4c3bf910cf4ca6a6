package io.escapement.platform.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedKeystoreTests {

    @TempDir
    Path dir;

    @Test
    void createsASelfSignedLocalhostCertificateOnceAndReusesIt() throws Exception {
        var first = GeneratedKeystore.in(dir);
        var store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(first.keystore())) {
            store.load(in, first.password().toCharArray());
        }
        var certificate = (X509Certificate) store.getCertificate(GeneratedKeystore.ALIAS);
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .contains("localhost", "127.0.0.1");
        certificate.checkValidity();

        var second = GeneratedKeystore.in(dir);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(first.keystore()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
