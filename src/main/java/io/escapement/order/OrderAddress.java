package io.escapement.order;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;

/**
 * The order's own copy of the address it ships to, sealed in the vault under a data subject of
 * its own (never a link to the address book, so deleting an address leaves the order whole, and
 * deleting the order shreds its copy). Kept while the order is fulfilled and its after-sales run.
 */
record OrderAddress(
        @PersonalData(
                category = Category.USER_NAME,
                purposes = {Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        PersonName recipient,

        @PersonalData(
                category = Category.USER_CONTACT_PHONE,
                purposes = {Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        PhoneNumber phone,

        @PersonalData(
                category = Category.USER_CONTACT_ADDRESS,
                purposes = {Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        String detail) {

    @Override
    public String toString() {
        return "OrderAddress[" + recipient.masked() + ", " + phone.masked() + ", ****]";
    }
}
