package io.escapement.invoice;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * One invoice title as lists show it: the name and tax number masked ({@code 擒纵****}, {@code
 * 9135**********0Y43}).
 *
 * @param taxNumber the masked code of a company, {@code null} for a personal title
 */
public record TitleCard(
        InvoiceTitleId id,
        TitleKind kind,

        @PersonalData(category = Category.USER_NAME, purposes = Purpose.LEGAL_OBLIGATION, retention = "P0D")
        String name,

        @PersonalData(category = Category.USER_TRANSACTION, purposes = Purpose.LEGAL_OBLIGATION, retention = "P0D")
        @Nullable
        String taxNumber) {}
