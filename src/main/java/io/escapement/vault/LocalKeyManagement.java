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

/**
 * The default master key: a Tink AES-256-GCM keyset in {@code master-keyset.json} under the key
 * directory, created on first start, readable by the owner only. Fit for development and single
 * machines; production plugs in a KMS through {@link KeyManagement}.
 */
final class LocalKeyManagement implements KeyManagement {

    private final Path file;
    private volatile KeysetHandle keyset;
    private volatile Aead aead;

    LocalKeyManagement(Path keyDir) {
        this.file = keyDir.resolve("master-keyset.json");
        try {
            java.nio.file.Files.createDirectories(keyDir);
            KeyFiles.ownerOnly(keyDir);
            var existing = KeyFiles.read(file);
            if (existing.isPresent()) {
                use(TinkJsonProtoKeysetFormat.parseKeyset(
                        new String(existing.get(), StandardCharsets.UTF_8), InsecureSecretKeyAccess.get()));
            } else {
                save(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
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

    private void save(KeysetHandle handle) throws GeneralSecurityException {
        KeyFiles.write(
                file,
                TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get())
                        .getBytes(StandardCharsets.UTF_8));
        use(handle);
    }

    private void use(KeysetHandle handle) throws GeneralSecurityException {
        this.keyset = handle;
        this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}
