package io.escapement.merchant;

import io.escapement.privacy.Category;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;

/**
 * The person a merchant names as its contact. Personal information: stored only in the vault,
 * under the subject the merchant refers to.
 */
public record MerchantContact(
        @PersonalData(
                category = Category.USER_NAME,
                purposes = {Purpose.MERCHANT_ONBOARDING, Purpose.CUSTOMER_SERVICE, Purpose.ORDER_FULFILMENT},
                retention = "P3Y")
        PersonName name,

        @PersonalData(
                category = Category.USER_CONTACT_PHONE,
                purposes = {Purpose.MERCHANT_ONBOARDING, Purpose.CUSTOMER_SERVICE, Purpose.ORDER_FULFILMENT},
                retention = "P3Y",
                lookup = true)
        PhoneNumber phone,

        @PersonalData(
                category = Category.USER_CONTACT_EMAIL,
                purposes = {Purpose.MERCHANT_ONBOARDING, Purpose.CUSTOMER_SERVICE},
                retention = "P3Y",
                lookup = true)
        EmailAddress email) {}
