package io.escapement.account;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;

/** How an account is reached and recognised at sign-in; kept in the vault. */
public record AccountContact(
        @PersonalData(
                category = Category.USER_CONTACT_PHONE,
                purposes = {Purpose.ACCOUNT, Purpose.SECURITY, Purpose.CUSTOMER_SERVICE},
                retention = "P1M",
                lookup = true)
        PhoneNumber phone) {}
