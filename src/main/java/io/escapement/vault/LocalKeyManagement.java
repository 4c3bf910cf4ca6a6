package io.escapement.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.escapement.vault.spi.KeyManagement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default master key: a Tink AES-256-GCM keyset in {@code master-keyset.wrapped.json} under the
 * key directory, encrypted by the {@link KeyEncryptionKey} and never written in clear. Created on
 * first start; a cleartext {@code master-keyset.json} left by an earlier version is wrapped and
 * destroyed. Keeps P-2 and R-3 (ADR 21).
 */
final class LocalKeyManagement implements KeyManagement {

    static final String WRAPPED = "master-keyset.wrapped.json";
    static final String CLEARTEXT = "master-keyset.json";
    private static final Logger log = LoggerFactory.getLogger(LocalKeyManagement.class);
    private static final byte[] BINDING = "escapement-master-keyset".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final Aead keyEncryptionKey;
    private volatile KeysetHandle keyset;
    private volatile Aead aead;

    LocalKeyManagement(Path keyDir, Aead keyEncryptionKey) {
        this.file = keyDir.resolve(WRAPPED);
        this.keyEncryptionKey = keyEncryptionKey;
        var cleartext = keyDir.resolve(CLEARTEXT);
        try {
            java.nio.file.Files.createDirectories(keyDir);
            KeyFiles.ownerOnly(keyDir);
            var wrapped = KeyFiles.read(file);
            var clear = KeyFiles.read(cleartext);
            if (wrapped.isPresent()) {
                use(unwrap(wrapped.get()));
            } else if (clear.isPresent()) {
                save(TinkJsonProtoKeysetFormat.parseKeyset(
                        new String(clear.get(), StandardCharsets.UTF_8), InsecureSecretKeyAccess.get()));
            } else {
                save(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
            }
            if (clear.isPresent()) {
                KeyFiles.destroy(cleartext);
                log.warn(
                        "Wrapped the cleartext master keyset with the key-encryption key into {} and destroyed {}",
                        file,
                        cleartext);
            }
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Could not load the master keyset " + file, e);
        }
    }

    @Override
    public Aead masterKey() {
        return aead;
    }

    @Override
    public synchronized void rotateMasterKey() {
        try {
            var next = KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId()
                            .makePrimary())
                    .build();
            save(next);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not rotate the master key", e);
        }
    }

    private KeysetHandle unwrap(byte[] wrapped) {
        try {
            return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
                    new String(wrapped, StandardCharsets.UTF_8), keyEncryptionKey, BINDING);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The key-encryption key does not open the master keyset " + file
                            + ": check ESCAPEMENT_VAULT_KEK, escapement.vault.kek-file or escapement.vault.kms-key-uri",
                    e);
        }
    }

    private void save(KeysetHandle handle) throws GeneralSecurityException {
        KeyFiles.write(
                file,
                TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, keyEncryptionKey, BINDING)
                        .getBytes(StandardCharsets.UTF_8));
        use(handle);
    }

    private void use(KeysetHandle handle) throws GeneralSecurityException {
        this.keyset = handle;
        this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}
