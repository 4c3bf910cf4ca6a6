package io.escapement.vault;

import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Keyed integrity for the audit trail, so that no other module handles key material: a MAC
 * (HMAC-SHA-256) over each entry and Ed25519 signatures over checkpoints.
 */
public final class Seals {

    private final PrfSet mac;
    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;

    Seals(SystemKeys keys) {
        try {
            this.mac = keys.get("audit-mac", PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            var signing = keys.get("audit-signing", PredefinedSignatureParameters.ED25519);
            this.signer = signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
            this.verifier =
                    signing.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not load the audit keys", e);
        }
    }

    /** A 32-byte MAC of {@code content}. */
    public byte[] mac(byte[] content) {
        try {
            return mac.computePrimary(content, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code tag} is the MAC of {@code content}, compared in constant time. */
    public boolean macMatches(byte[] content, byte[] tag) {
        return MessageDigest.isEqual(mac(content), tag);
    }

    public byte[] sign(byte[] content) {
        try {
            return signer.sign(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean signatureMatches(byte[] content, byte[] signature) {
        try {
            verifier.verify(signature, content);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
