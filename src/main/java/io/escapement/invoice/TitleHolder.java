package io.escapement.invoice;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * What the vault seals of one invoice title, or of the copy an issued invoice keeps: the name the
 * invoice is made out to and, for a company, its unified social credit code.
 */
record TitleHolder(
        @PersonalData(
                category = Category.USER_NAME,
                purposes = {Purpose.LEGAL_OBLIGATION, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        String name,

        @PersonalData(
                category = Category.USER_TRANSACTION,
                purposes = {Purpose.LEGAL_OBLIGATION, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        @Nullable
        String taxNumber) {}
