package io.escapement.platform.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for localhost, created once and kept in a PKCS#12 keystore whose
 * random password sits beside it; both files are readable by the owner only.
 *
 * @param keystore the PKCS#12 file
 * @param password its password
 */
record GeneratedKeystore(Path keystore, String password) {

    static final String ALIAS = "escapement";
    private static final Duration VALIDITY = Duration.ofDays(397);

    /** Returns the keystore in {@code dir}, generating it on first use. */
    static GeneratedKeystore in(Path dir) {
        var keystore = dir.resolve("escapement.p12");
        var passwordFile = dir.resolve("escapement.p12.password");
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                return new GeneratedKeystore(
                        keystore, Files.readString(passwordFile).trim());
            }
            Files.createDirectories(dir);
            var password = randomPassword();
            writeOwnerOnly(passwordFile, password.getBytes());
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var keyPair = generator.generateKeyPair();
            var certificate = selfSigned(keyPair);
            store.setKeyEntry(ALIAS, keyPair.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
            try (var out = new java.io.ByteArrayOutputStream()) {
                store.store(out, password.toCharArray());
                writeOwnerOnly(keystore, out.toByteArray());
            }
            return new GeneratedKeystore(keystore, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the TLS keystore in " + dir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not generate the self-signed certificate", e);
        }
    }

    private static X509Certificate selfSigned(java.security.KeyPair keyPair)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        var subject = new X500Name("CN=localhost, O=Escapement (development)");
        var now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                        subject,
                        new BigInteger(64, new SecureRandom()),
                        Date.from(now.minus(Duration.ofMinutes(5))),
                        Date.from(now.plus(VALIDITY)),
                        subject,
                        keyPair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(
                            GeneralName.iPAddress,
                            InetAddress.getLoopbackAddress().getHostAddress()),
                    new GeneralName(GeneralName.iPAddress, "::1")
                }));
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static String randomPassword() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
