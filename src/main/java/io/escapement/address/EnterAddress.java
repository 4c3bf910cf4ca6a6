package io.escapement.address;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * An address as the buyer typed it, on the page or in the API; {@link AddressBook} checks every
 * part. {@code null} stands for a part left out.
 *
 * @param province, city, district GB/T 2260 codes
 * @param postcode six digits, or blank for none
 */
public record EnterAddress(
        @PersonalData(category = Category.USER_NAME, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D") @Nullable
        String recipient,

        @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        @Nullable
        String phone,

        @Nullable String province,
        @Nullable String city,
        @Nullable String district,

        @PersonalData(category = Category.USER_CONTACT_ADDRESS, purposes = Purpose.ORDER_FULFILMENT, retention = "P0D")
        @Nullable
        String detail,

        @Nullable String postcode) {

    /** The region and postcode only: what the buyer typed for the recipient never reaches a log. */
    @Override
    public String toString() {
        return "EnterAddress[" + province + "/" + city + "/" + district + ", postcode " + postcode + "]";
    }
}
