package io.escapement.vault;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import io.escapement.vault.spi.KeyManagement;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** Wraps and unwraps keysets under the master key, bound to what they are for. */
final class WrappedKeysets {

    private final KeyManagement keyManagement;

    WrappedKeysets(KeyManagement keyManagement) {
        this.keyManagement = keyManagement;
    }

    byte[] wrap(KeysetHandle keyset, String purpose) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, keyManagement.masterKey(), binding(purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not wrap a keyset", e);
        }
    }

    KeysetHandle unwrap(byte[] wrapped, String purpose) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, keyManagement.masterKey(), binding(purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not unwrap a keyset: wrong master key or tampered file", e);
        }
    }

    private static byte[] binding(String purpose) {
        return ("escapement-keyset:" + purpose).getBytes(StandardCharsets.UTF_8);
    }
}
