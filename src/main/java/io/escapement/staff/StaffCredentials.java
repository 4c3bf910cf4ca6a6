package io.escapement.staff;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;

/** A staff member's secrets, sealed in the vault: the Argon2id password hash and the TOTP key. */
record StaffCredentials(
        @PersonalData(category = Category.USER_CREDENTIALS, purposes = Purpose.SECURITY, retention = "P0D")
        String passwordHash,

        @PersonalData(category = Category.USER_CREDENTIALS, purposes = Purpose.SECURITY, retention = "P0D")
        String totpSecret) {

    @Override
    public String toString() {
        return "StaffCredentials[sealed]";
    }
}
