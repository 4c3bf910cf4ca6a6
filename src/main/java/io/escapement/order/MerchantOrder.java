package io.escapement.order;

import io.escapement.catalog.ListingId;
import io.escapement.language.Localized;
import io.escapement.money.Money;
import io.escapement.privacy.NotPersonalData;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paid order as the merchant selling its watch sees it (S-3, P-7): the watch, the amounts, the
 * states and the timeline, and of the buyer only what the sharing gateway let through to {@code
 * merchants}: the recipient's name and phone masked, and the city. Never the buyer's account, the
 * full name or number, the detail line nor the buyer's other orders.
 *
 * @param id the order's id, for the shipping module's tracking; it names no person
 * @param title the watch's brand, model and reference, or its listing number when the catalog no longer has it
 * @param total the amount the buyer paid, as disclosed to the merchant
 * @param recipientMasked e.g. 张*; null when the order's address was erased
 * @param phoneMasked e.g. 138****5678; null when the order's address was erased
 * @param city the city the watch ships to, e.g. 深圳市
 * @param disclosure the sharing ledger's entry that records what the merchant received
 */
public record MerchantOrder(
        OrderId id,
        OrderNumber number,
        ListingId listing,
        Localized title,
        Money price,
        Money shippingFee,
        Money total,
        Money refunded,
        CheckoutState checkout,
        PaymentState payment,
        FulfilmentState fulfilment,
        List<Step> timeline,
        @Nullable String recipientMasked,

        @NotPersonalData("masked as the merchant may see it (138****5678); the number is in the vault") @Nullable
        String phoneMasked,

        String city,
        long disclosure) {

    public MerchantOrder {
        timeline = List.copyOf(timeline);
    }

    @Override
    public String toString() {
        return "MerchantOrder[" + number + ", " + listing + ", " + total + "]";
    }
}
