package io.escapement.payment.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * A key or certificate as configured: PEM text, the bare Base64 body that Alipay's console shows, or
 * the path of a file holding either. Errors name the property, never the key.
 */
public final class KeyText {

    private KeyText() {}

    /** An RSA private key in PKCS#8 ({@code BEGIN PRIVATE KEY}, or its bare Base64). */
    public static PrivateKey rsaPrivateKey(String property, String configured) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(property, configured)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(property + " is not an RSA private key in PKCS#8", e);
        }
    }

    /** An RSA public key ({@code BEGIN PUBLIC KEY}, or its bare Base64). */
    public static PublicKey rsaPublicKey(String property, String configured) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(property, configured)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(property + " is not an RSA public key", e);
        }
    }

    /** The X.509 certificates of a PEM text or file (one or more {@code BEGIN CERTIFICATE} blocks). */
    public static List<X509Certificate> certificates(String property, String configured) {
        try {
            var read = CertificateFactory.getInstance("X.509")
                    .generateCertificates(
                            new ByteArrayInputStream(text(property, configured).getBytes(StandardCharsets.US_ASCII)));
            if (read.isEmpty()) {
                throw new IllegalStateException(property + " holds no certificate");
            }
            return read.stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException(property + " is not a PEM certificate", e);
        }
    }

    /**
     * One certificate from text that arrived in a message (UnionPay's {@code signPubKeyCert}).
     *
     * @throws CertificateException when it is not one
     */
    public static X509Certificate certificate(String pem) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The configured text itself, or the contents of the file it names. */
    public static String text(String property, String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(property + " is not configured");
        }
        var value = configured.strip();
        if (value.startsWith("-----BEGIN")) {
            return value;
        }
        var file = file(value);
        if (file == null) {
            return value;
        }
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException(property + " names a file that cannot be read: " + file, e);
        }
    }

    /** The bytes of a binary file (a PKCS#12 key store). */
    public static byte[] bytes(String property, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(property + " is not configured");
        }
        try {
            return Files.readAllBytes(Path.of(path.strip()));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalStateException(property + " names a file that cannot be read: " + path, e);
        }
    }

    private static byte[] der(String property, String configured) {
        var body = text(property, configured)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is neither PEM, Base64 nor a readable file", e);
        }
    }

    private static Path file(String value) {
        try {
            var path = Path.of(value);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
