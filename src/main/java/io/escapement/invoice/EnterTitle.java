package io.escapement.invoice;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * An invoice title as the buyer typed it, on the page or in the API; {@link InvoiceTitles} checks
 * every part. {@code null} stands for a part left out.
 *
 * @param kind {@code PERSONAL} or {@code COMPANY}
 * @param name the person's or the company's name
 * @param taxNumber the company's unified social credit code; ignored for a personal title
 */
public record EnterTitle(
        @Nullable String kind,

        @PersonalData(category = Category.USER_NAME, purposes = Purpose.LEGAL_OBLIGATION, retention = "P0D") @Nullable
        String name,

        @PersonalData(category = Category.USER_TRANSACTION, purposes = Purpose.LEGAL_OBLIGATION, retention = "P0D")
        @Nullable
        String taxNumber) {

    /** The kind only: what the buyer typed never reaches a log. */
    @Override
    public String toString() {
        return "EnterTitle[" + kind + "]";
    }
}
