package io.escapement.address;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;

/**
 * What the vault seals of one address: who receives the parcel, their mobile number, and the
 * street, building and room. Kept until the buyer deletes the address or is erased.
 */
record Recipient(
        @PersonalData(
                category = Category.USER_NAME,
                purposes = {Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        PersonName name,

        @PersonalData(
                category = Category.USER_CONTACT_PHONE,
                purposes = {Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        PhoneNumber phone,

        @PersonalData(
                category = Category.USER_CONTACT_ADDRESS,
                purposes = {Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE},
                retention = "P0D")
        String detail) {}
