package io.escapement.payment.sandbox;

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
 * The sandbox provider's Ed25519 key, as a real provider's platform key: the sandbox bank signs
 * its callbacks with it and the adapter verifies them with the public half. Kept in a file so that
 * a callback retried after a restart still verifies.
 */
final class SandboxKeys {

    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;

    private SandboxKeys(KeysetHandle keyset) throws GeneralSecurityException {
        this.signer = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verifier = keyset.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
    }

    static SandboxKeys in(Path file) {
        try {
            SignatureConfig.register();
            if (Files.exists(file)) {
                return new SandboxKeys(
                        TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get()));
            }
            var keyset = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
            Files.createDirectories(file.toAbsolutePath().getParent());
            var json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
            // owner-only from its creation, as the other key files are
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, json);
            return new SandboxKeys(keyset);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the payment sandbox's key in " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up the payment sandbox's key", e);
        }
    }

    /** A key nobody trusts, for the forged callbacks of the test switch. */
    static PublicKeySign stranger() {
        try {
            SignatureConfig.register();
            return KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519)
                    .getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] sign(byte[] data) {
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sandbox could not sign", e);
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
