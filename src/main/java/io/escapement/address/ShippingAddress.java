package io.escapement.address;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * One address in full: what checkout copies into the order's own sealed record, and what the owner
 * sees after re-authenticating. Never stored as it is, never logged ({@code toString} masks).
 *
 * @param postcode six digits, or {@code null}
 */
public record ShippingAddress(
        AddressId id,

        @PersonalData(category = Category.USER_NAME, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        PersonName recipient,

        @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        PhoneNumber phone,

        Region region,

        @PersonalData(category = Category.USER_CONTACT_ADDRESS, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String detail,

        @Nullable String postcode,
        boolean isDefault) {

    @Override
    public String toString() {
        return "ShippingAddress[" + id + ", " + recipient.masked() + ", " + phone.masked() + ", " + region.written()
                + "****]";
    }
}
