package io.escapement.vault.spi;

import com.google.crypto.tink.Aead;

/**
 * Holds the master key, which wraps every data key and the vault's own keys and never leaves the
 * key manager. The default keeps a Tink keyset in a local file of the key store, wrapped by a
 * key-encryption key or a KMS key kept elsewhere (ADR 21); a cloud KMS may also plug in here by returning
 * its Tink KMS AEAD ({@code GcpKmsClient}/{@code AwsKmsClient} {@code getAead(keyUri)}), and
 * HashiCorp Vault by an {@code Aead} that calls its transit engine's encrypt and decrypt.
 */
public interface KeyManagement {

    /** Encrypts with the current master key version and decrypts with any version. */
    Aead masterKey();

    /**
     * Makes a new master key version current. Older versions must keep decrypting until the
     * vault has re-wrapped everything under the new one.
     */
    void rotateMasterKey();
}
