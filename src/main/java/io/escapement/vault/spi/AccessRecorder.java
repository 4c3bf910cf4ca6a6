package io.escapement.vault.spi;

/**
 * Records staff and partner access to personal information. Called inside the reading
 * transaction, so a read that cannot be recorded does not happen. Implemented by the audit module.
 */
public interface AccessRecorder {

    void record(PersonalDataAccess access);
}
