package io.escapement.account.signin;

import io.escapement.privacy.Category;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * E-mail sign-in: the address (found again by blind index) and the Argon2id hash of the password,
 * both sealed in the vault. An account whose address was added in settings has no password until
 * one is set.
 */
public record EmailCredentials(
        @PersonalData(
                category = Category.USER_CONTACT_EMAIL,
                purposes = {Purpose.ACCOUNT, Purpose.SECURITY, Purpose.CUSTOMER_SERVICE},
                retention = "P1M",
                lookup = true)
        EmailAddress email,

        @PersonalData(category = Category.USER_CREDENTIALS, purposes = Purpose.SECURITY, retention = "P0D") @Nullable
        String passwordHash) {

    @Override
    public String toString() {
        return "EmailCredentials[" + email.masked() + "]";
    }
}
