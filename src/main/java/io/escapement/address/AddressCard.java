package io.escapement.address;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * One address as lists show it: recipient, phone and detail masked ({@code 张*}, {@code
 * 138****5678}, {@code ****}), the region in words.
 *
 * @param postcode six digits, or {@code null}
 */
public record AddressCard(
        AddressId id,

        @PersonalData(category = Category.USER_NAME, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String recipient,

        @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String phone,

        Region region,

        @PersonalData(category = Category.USER_CONTACT_ADDRESS, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        String detail,

        @Nullable String postcode,
        boolean isDefault) {}
