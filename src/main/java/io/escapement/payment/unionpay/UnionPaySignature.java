package io.escapement.payment.unionpay;

import io.escapement.payment.signing.KeyText;
import io.escapement.payment.signing.SignedText;
import io.escapement.privacy.NotPersonalData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * UnionPay's signature scheme 5.1.0 with signMethod 01: the fields but {@code signature}, sorted as
 * {@code k=v&k=v}; the lower-case hex of their SHA-256; SHA256withRSA over that hex text, Base64. A
 * message carries the certificate it was signed with ({@code signPubKeyCert}), which must chain to
 * UnionPay's root through its intermediate and be valid at the clock's time.
 */
final class UnionPaySignature {

    /** What a signature check says; {@link #VALID} or why not. */
    enum Check {
        VALID,
        UNSIGNED,
        UNREADABLE_CERTIFICATE,
        /** Not issued under UnionPay's root and intermediate, or not valid at the clock's time. */
        UNTRUSTED_CERTIFICATE,
        NOT_UNIONPAYS_NAME,
        BAD_SIGNATURE;
    }

    private static final Set<String> NOT_SIGNED = Set.of("signature");

    private final PrivateKey signingKey;
    private final String certId;
    private final TrustAnchor root;
    private final X509Certificate middle;

    @NotPersonalData("an organisation in a certificate's common name, not a person")
    private final String signerName;

    private final Clock clock;

    UnionPaySignature(UnionPayProperties properties, Clock clock) {
        var password = properties.signingKeyStorePassword() == null
                ? new char[0]
                : properties.signingKeyStorePassword().toCharArray();
        try {
            var store = KeyStore.getInstance("PKCS12");
            store.load(
                    new ByteArrayInputStream(KeyText.bytes(
                            "escapement.payment.unionpay.signing-key-store", properties.signingKeyStore())),
                    password);
            var alias = store.aliases().nextElement();
            this.signingKey = (PrivateKey) store.getKey(alias, password);
            this.certId = ((X509Certificate) store.getCertificate(alias))
                    .getSerialNumber()
                    .toString();
        } catch (GeneralSecurityException | java.io.IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException(
                    "escapement.payment.unionpay.signing-key-store cannot be opened with its password", e);
        }
        this.root = new TrustAnchor(
                KeyText.certificates("escapement.payment.unionpay.root-certificate", properties.rootCertificate())
                        .get(0),
                null);
        this.middle = KeyText.certificates(
                        "escapement.payment.unionpay.middle-certificate", properties.middleCertificate())
                .get(0);
        this.signerName = properties.signerName();
        this.clock = clock;
    }

    /** The serial number of the merchant's signing certificate, in decimal, as {@code certId} wants it. */
    String certId() {
        return certId;
    }

    /** The signature of a request's fields (empty values are left out, as UnionPay's SDK does). */
    String sign(Map<String, String> fields) {
        return SignedText.sha256WithRsa(signingKey, sha256Hex(SignedText.sortedPairs(fields, NOT_SIGNED, true)));
    }

    /** Whether UnionPay signed {@code fields} (a notification or an answer), with a certificate of its own. */
    Check check(Map<String, String> fields) {
        var signature = fields.getOrDefault("signature", "");
        var pem = fields.getOrDefault("signPubKeyCert", "");
        if (signature.isBlank() || pem.isBlank()) {
            return Check.UNSIGNED;
        }
        X509Certificate certificate;
        try {
            certificate = KeyText.certificate(pem);
        } catch (CertificateException | RuntimeException e) {
            return Check.UNREADABLE_CERTIFICATE;
        }
        if (!chainsToRoot(certificate)) {
            return Check.UNTRUSTED_CERTIFICATE;
        }
        if (!signerName.isBlank() && !signerName.equals(organisation(certificate))) {
            return Check.NOT_UNIONPAYS_NAME;
        }
        var content = sha256Hex(SignedText.sortedPairs(fields, NOT_SIGNED, false));
        return SignedText.verifiesSha256WithRsa(certificate.getPublicKey(), content, signature)
                ? Check.VALID
                : Check.BAD_SIGNATURE;
    }

    private boolean chainsToRoot(X509Certificate certificate) {
        try {
            var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate, middle));
            var parameters = new PKIXParameters(Set.of(root));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (CertPathValidatorException | CertificateException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot validate certificate paths", e);
        }
    }

    /** The third {@code @}-separated part of the certificate's common name: UnionPay's organisation. */
    private static String organisation(X509Certificate certificate) {
        try {
            for (var rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    var parts = rdn.getValue().toString().split("@");
                    return parts.length > 2 ? parts[2] : "";
                }
            }
            return "";
        } catch (InvalidNameException e) {
            return "";
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
