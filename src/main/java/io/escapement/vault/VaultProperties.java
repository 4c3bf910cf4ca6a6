package io.escapement.vault;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the vault keeps its keys and what wraps its master keyset (ADR 21).
 *
 * @param keyDir the key store: the wrapped master keyset, vault keys and per-subject data keys; never
 *     inside the data directory
 * @param keyCacheSize how many subjects' data keys stay unwrapped in memory
 * @param kek the key-encryption key as base64 of 32 bytes, usually from {@code ESCAPEMENT_VAULT_KEK};
 *     {@code null} to use {@code kekFile}
 * @param kekFile where the key-encryption key is kept when {@code kek} is not given; generated at first
 *     start; never inside {@code keyDir}
 * @param kmsKeyUri a Tink KMS key URI ({@code gcp-kms://…}, {@code aws-kms://…}); when set the KMS wraps
 *     the master keyset and {@code kek}/{@code kekFile} are not used
 * @param legacyKeyDir where earlier versions kept the keys ({@code data/keys}); moved into {@code keyDir}
 *     at start, {@code null} for none
 */
@ConfigurationProperties("escapement.vault")
public record VaultProperties(
        Path keyDir,
        Integer keyCacheSize,
        @Nullable String kek,
        Path kekFile,
        @Nullable String kmsKeyUri,
        @Nullable Path legacyKeyDir) {

    public VaultProperties {
        keyDir = keyDir == null ? Path.of("keys") : keyDir;
        keyCacheSize = keyCacheSize == null ? 10_000 : keyCacheSize;
        kek = kek == null || kek.isBlank() ? null : kek;
        kekFile = kekFile == null ? Path.of(System.getProperty("user.home"), ".escapement", "vault-kek") : kekFile;
        kmsKeyUri = kmsKeyUri == null || kmsKeyUri.isBlank() ? null : kmsKeyUri;
    }

    /** Never shows the key-encryption key. */
    @Override
    public String toString() {
        return "VaultProperties[keyDir=" + keyDir + ", kekFile=" + kekFile + ", kmsKeyUri=" + kmsKeyUri + "]";
    }
}
