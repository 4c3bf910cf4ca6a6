package io.escapement.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Random;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that wraps the master keyset, in this order: a KMS key ({@code escapement.vault.kms-key-uri}),
 * the environment ({@code ESCAPEMENT_VAULT_KEK}), or a file ({@code escapement.vault.kek-file}) that is
 * generated, owner-only, at first start. It is never kept in the key store or the data directory.
 */
final class KeyEncryptionKey {

    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final int LENGTH = 32;

    private KeyEncryptionKey() {}

    static Aead of(VaultProperties properties) {
        try {
            if (properties.kmsKeyUri() != null) {
                return kms(properties.kmsKeyUri());
            }
            if (properties.kek() != null) {
                return aesGcm(properties.kek(), "ESCAPEMENT_VAULT_KEK");
            }
            return fromFile(properties.kekFile(), properties.keyDir());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up the key-encryption key of the master keyset", e);
        }
    }

    /** A KMS client registered by the deployment ({@link KmsClients#add}) or found on the class path. */
    private static Aead kms(String keyUri) throws GeneralSecurityException {
        for (var client : ServiceLoader.load(KmsClient.class)) {
            if (client.doesSupport(keyUri)) {
                return client.withDefaultCredentials().getAead(keyUri);
            }
        }
        return KmsClients.get(keyUri).getAead(keyUri);
    }

    private static Aead fromFile(Path file, Path keyDir) throws GeneralSecurityException {
        var absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(keyDir.toAbsolutePath().normalize())) {
            throw new IllegalStateException("The key-encryption key file " + file + " must not lie in the key store "
                    + keyDir + ": set escapement.vault.kek-file elsewhere");
        }
        var existing = KeyFiles.read(file);
        if (existing.isPresent()) {
            return aesGcm(new String(existing.get(), StandardCharsets.US_ASCII).trim(), file.toString());
        }
        var encoded = Base64.getEncoder().encodeToString(Random.randBytes(LENGTH));
        KeyFiles.write(file, (encoded + "\n").getBytes(StandardCharsets.US_ASCII));
        log.info(
                "Generated the key-encryption key of the master keyset in {}: back it up apart from the key store"
                        + " and the data, or set ESCAPEMENT_VAULT_KEK or escapement.vault.kms-key-uri instead",
                absolute);
        return aesGcm(encoded, file.toString());
    }

    private static Aead aesGcm(String base64, String source) throws GeneralSecurityException {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key-encryption key in " + source + " is not base64", e);
        }
        if (key.length != LENGTH) {
            throw new IllegalStateException("The key-encryption key in " + source + " must be " + LENGTH
                    + " bytes (base64 of 32 random bytes), not " + key.length);
        }
        return new AesGcmJce(key);
    }
}
