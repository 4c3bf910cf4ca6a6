package io.escapement.payment.signing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The strings that providers sign, and SHA256withRSA over them with the JDK. */
public final class SignedText {

    private SignedText() {}

    /**
     * The fields sorted by name as {@code k=v&k=v}, without the {@code excluded} ones and, when
     * {@code skipEmpty}, without the fields whose value is empty. Values are taken as they are, not
     * URL-encoded.
     */
    public static String sortedPairs(Map<String, String> fields, Set<String> excluded, boolean skipEmpty) {
        return new TreeMap<>(fields)
                .entrySet().stream()
                        .filter(field -> !excluded.contains(field.getKey()))
                        .filter(field -> !skipEmpty || !field.getValue().isEmpty())
                        .map(field -> field.getKey() + "=" + field.getValue())
                        .collect(Collectors.joining("&"));
    }

    /** The fields as an {@code application/x-www-form-urlencoded} body in UTF-8. */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** SHA256withRSA of the UTF-8 bytes of {@code text}, Base64. */
    public static String sha256WithRsa(PrivateKey key, String text) {
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key cannot sign with SHA256withRSA", e);
        }
    }

    /**
     * Whether {@code base64Signature} is a SHA256withRSA signature of the UTF-8 bytes of {@code text}
     * by {@code key}; false as well for a signature that is not Base64 or not an RSA signature.
     */
    public static boolean verifiesSha256WithRsa(PublicKey key, String text, String base64Signature) {
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
