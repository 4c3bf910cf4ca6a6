package io.escapement.account.minors;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;

/** A buyer's verified legal identity: sensitive, kept in the vault, locked once verified. */
public record RealName(
        @PersonalData(
                category = Category.USER_NAME,
                purposes = {
                    Purpose.ACCOUNT,
                    Purpose.LEGAL_OBLIGATION,
                    Purpose.ORDER_FULFILMENT,
                    Purpose.CUSTOMER_SERVICE
                },
                retention = "P1M")
        PersonName name,

        @PersonalData(
                category = Category.USER_GOVERNMENT_ID,
                purposes = {Purpose.ACCOUNT, Purpose.LEGAL_OBLIGATION, Purpose.CUSTOMER_SERVICE},
                retention = "P1M",
                lookup = true)
        ResidentId idNumber) {}
