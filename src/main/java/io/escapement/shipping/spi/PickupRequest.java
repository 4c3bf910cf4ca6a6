package io.escapement.shipping.spi;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;

/**
 * What a carrier needs to collect and deliver a parcel, as the sharing gateway let it through for
 * {@code ORDER_FULFILMENT}. Lives only for the call: never stored, never logged.
 *
 * @param orderReference the platform's order number, the carrier's customer order id
 * @param recipientName the recipient's full name
 * @param phone the recipient's full phone number
 * @param address the recipient's full address: region and detail line
 */
public record PickupRequest(
        String orderReference,

        @PersonalData(category = Category.USER_NAME, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String recipientName,

        @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String phone,

        @PersonalData(category = Category.USER_CONTACT_ADDRESS, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String address) {

    @Override
    public String toString() {
        return "PickupRequest[" + orderReference + "]";
    }
}
