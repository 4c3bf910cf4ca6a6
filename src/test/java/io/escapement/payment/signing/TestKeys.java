package io.escapement.payment.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and certificates made in the test, in the forms the adapters read from configuration. */
public final class TestKeys {

    private TestKeys() {}

    public static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** The bare Base64 that Alipay's console shows. */
    public static String bareBase64(KeyPair pair, boolean privateKey) {
        return Base64.getEncoder()
                .encodeToString(
                        privateKey
                                ? pair.getPrivate().getEncoded()
                                : pair.getPublic().getEncoded());
    }

    public static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A certificate for {@code subject}'s key, issued by {@code issuer} (null: self-signed, a root),
     * valid from {@code from} to {@code to}.
     */
    public static X509Certificate certificate(
            String subject,
            KeyPair subjectKeys,
            X500Name issuerName,
            PrivateKey issuerKey,
            boolean authority,
            BigInteger serial,
            Instant from,
            Instant to) {
        try {
            var builder = new JcaX509v3CertificateBuilder(
                            issuerName == null ? new X500Name(subject) : issuerName,
                            serial,
                            Date.from(from),
                            Date.from(to),
                            new X500Name(subject),
                            subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(
                                    authority
                                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder("SHA256withRSA")
                    .build(issuerKey == null ? subjectKeys.getPrivate() : issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 key store file with one key and its certificate. */
    public static Path pkcs12(Path file, PrivateKey key, X509Certificate certificate, String password) {
        try {
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("sign", key, password.toCharArray(), new Certificate[] {certificate});
            var out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            Files.write(file, out.toByteArray());
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
