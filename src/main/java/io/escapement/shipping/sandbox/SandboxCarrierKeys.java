package io.escapement.shipping.sandbox;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The sandbox carrier's Ed25519 key, as a real carrier's platform key: the sandbox signs its route
 * pushes with it and the adapter verifies them with the public half. Kept in the key directory, so
 * that a push retried after a restart still verifies; created owner-only.
 */
final class SandboxCarrierKeys {

    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;

    private SandboxCarrierKeys(PublicKeySign signer, PublicKeyVerify verifier) {
        this.signer = signer;
        this.verifier = verifier;
    }

    static SandboxCarrierKeys in(Path file) {
        try {
            SignatureConfig.register();
            KeysetHandle keyset;
            if (Files.exists(file)) {
                keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            } else {
                keyset = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(
                        file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
            }
            return new SandboxCarrierKeys(
                    keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class),
                    keyset.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the shipping sandbox's key in " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up the shipping sandbox's key", e);
        }
    }

    /** A key nobody trusts, for forged pushes in tests. */
    static SandboxCarrierKeys stranger() {
        try {
            SignatureConfig.register();
            var keyset = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
            return new SandboxCarrierKeys(
                    keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class),
                    keyset.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] sign(byte[] data) {
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The shipping sandbox could not sign", e);
        }
    }

    boolean verifies(byte[] signature, byte[] data) {
        try {
            verifier.verify(signature, data);
            return true;
        } catch (GeneralSecurityException bad) {
            return false;
        }
    }
}
