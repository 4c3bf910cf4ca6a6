package io.escapement.account.signin;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * The third-party account bound to a buyer (C-10), kept in the vault under the buyer: its identifier
 * (issuer and subject at the provider, found again by blind index when the buyer signs in with it),
 * and the only two things taken from it, nickname and avatar. All three go when the account is
 * unbound; {@code null} components remove a field.
 */
public record ExternalAccount(
        @PersonalData(
                category = Category.USER_THIRD_PARTY_ACCOUNT,
                purposes = {Purpose.ACCOUNT, Purpose.SECURITY},
                retention = "P1M",
                lookup = true)
        @Nullable
        String identifier,

        @PersonalData(category = Category.USER_THIRD_PARTY_ACCOUNT, purposes = Purpose.ACCOUNT, retention = "P1M")
        @Nullable
        String nickname,

        @PersonalData(category = Category.USER_THIRD_PARTY_ACCOUNT, purposes = Purpose.ACCOUNT, retention = "P1M")
        @Nullable
        String avatar) {

    static ExternalAccount none() {
        return new ExternalAccount(null, null, null);
    }

    @Override
    public String toString() {
        return "ExternalAccount[…]";
    }
}
