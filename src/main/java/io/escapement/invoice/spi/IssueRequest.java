package io.escapement.invoice.spi;

import io.escapement.money.Money;
import io.escapement.privacy.Category;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice to issue, as the tax bureau receives it: the buyer's title only as the sharing gateway
 * let it through, never stored or logged by the adapter ({@code toString} names the order only).
 *
 * @param buyerTaxNumber the company's credit code; {@code null} for a personal title
 * @param amount the amount excluding tax; {@code tax} the tax; {@code total} the two together
 * @param taxRatePercent the rate, e.g. 13
 */
public record IssueRequest(
        @NotPersonalData("the order's number, which names no person")
        String orderNumber,

        @PersonalData(category = Category.USER_NAME, purposes = Purpose.LEGAL_OBLIGATION, retention = "P0D")
        String buyerName,

        @PersonalData(category = Category.USER_TRANSACTION, purposes = Purpose.LEGAL_OBLIGATION, retention = "P0D")
        @Nullable
        String buyerTaxNumber,

        @NotPersonalData("the watch's brand and reference") String item,
        Money amount,
        Money tax,
        Money total,
        int taxRatePercent,
        LocalDate issuedOn) {

    @Override
    public String toString() {
        return "IssueRequest[" + orderNumber + ", " + total + "]";
    }
}
