package io.escapement.account.web;

import io.escapement.account.signin.Passkeys;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Passkey credentials, refusing a credential whose name (label) is blank or too long to show. */
class LabelledCredentials implements UserCredentialRepository {

    private final UserCredentialRepository credentials;

    LabelledCredentials(UserCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public void save(CredentialRecord credential) {
        var label = credential.getLabel();
        if (label == null || label.isBlank() || label.length() > Passkeys.LONGEST_LABEL) {
            throw new IllegalArgumentException(
                    "A passkey needs a name of 1 to " + Passkeys.LONGEST_LABEL + " characters");
        }
        credentials.save(credential);
    }

    @Override
    public void delete(Bytes credentialId) {
        credentials.delete(credentialId);
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return credentials.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return credentials.findByUserId(userId);
    }
}
