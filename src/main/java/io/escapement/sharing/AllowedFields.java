package io.escapement.sharing;

import static io.escapement.privacy.Category.USER_CONTACT_ADDRESS;
import static io.escapement.privacy.Category.USER_CONTACT_EMAIL;
import static io.escapement.privacy.Category.USER_CONTACT_PHONE;
import static io.escapement.privacy.Category.USER_NAME;
import static io.escapement.privacy.Category.USER_TRANSACTION;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import java.util.Map;
import java.util.Optional;

/**
 * Data minimisation (S-2, S-3): the closed table of the fields each recipient may receive for each
 * purpose, with each field's category. It is code, not configuration: a field reaches a recipient
 * only when a reviewed change adds it here. The gateway drops every field the table does not have.
 */
final class AllowedFields {

    /** Who receives and why: a row of the table. */
    record Use(String recipient, Purpose purpose) {}

    private static final Map<String, Category> PHONE = Map.of("phone", USER_CONTACT_PHONE);

    private static final Map<String, Category> PAYMENT =
            Map.of("reference", USER_TRANSACTION, "amount", USER_TRANSACTION, "subject", USER_TRANSACTION);

    static final Map<Use, Map<String, Category>> TABLE = Map.ofEntries(
            // Payment providers get the reference, the amount and the line the buyer sees, never a
            // name, a number or an address (S-3).
            Map.entry(new Use("alipay", Purpose.PAYMENT), PAYMENT),
            Map.entry(new Use("wechat-pay", Purpose.PAYMENT), PAYMENT),
            Map.entry(new Use("unionpay", Purpose.PAYMENT), PAYMENT),
            Map.entry(new Use("sandbox", Purpose.PAYMENT), PAYMENT),
            // The merchant selling the watch sees what it needs to prepare it: never the buyer's
            // account, full name nor full number (S-3, P-7).
            Map.entry(
                    new Use("merchants", Purpose.ORDER_FULFILMENT),
                    Map.of(
                            "orderNumber",
                            USER_TRANSACTION,
                            "amount",
                            USER_TRANSACTION,
                            "recipientMasked",
                            USER_NAME,
                            "phoneMasked",
                            USER_CONTACT_PHONE,
                            "city",
                            USER_CONTACT_ADDRESS,
                            // the waybill label the merchant prints (issue 14): the region and the detail line masked
                            "province",
                            USER_CONTACT_ADDRESS,
                            "district",
                            USER_CONTACT_ADDRESS,
                            "detailMasked",
                            USER_CONTACT_ADDRESS)),
            // The carrier collects and delivers the parcel and prints the waybill (issue 14, P-9): only it
            // gets the recipient's full name, phone and address, for the pickup booking.
            Map.entry(
                    new Use("sf-express", Purpose.ORDER_FULFILMENT),
                    Map.of("recipientName", USER_NAME, "phone", USER_CONTACT_PHONE, "address", USER_CONTACT_ADDRESS)),
            // The tax bureau issues the e-invoice (issue 15, U-5): the buyer's title and the amount.
            Map.entry(
                    new Use("tax-bureau", Purpose.LEGAL_OBLIGATION),
                    Map.of("buyerName", USER_NAME, "buyerTaxNumber", USER_TRANSACTION, "amount", USER_TRANSACTION)),
            // The SMS gateway gets the number a message goes to.
            Map.entry(new Use("sms-gateway", Purpose.ACCOUNT), PHONE),
            Map.entry(new Use("sms-gateway", Purpose.SECURITY), PHONE),
            Map.entry(new Use("sms-gateway", Purpose.ORDER_FULFILMENT), PHONE),
            Map.entry(new Use("sms-gateway", Purpose.MARKETING_SMS), PHONE),
            // The brand's service abroad confirms a watch's history for a buyer who asks, under the
            // buyer's separate cross-border consent.
            Map.entry(
                    new Use("brand-service-switzerland", Purpose.ORDER_FULFILMENT),
                    Map.of("ownerName", USER_NAME, "email", USER_CONTACT_EMAIL)));

    private AllowedFields() {}

    /** The category the table gives the field for that use; empty when the field is not allowed. */
    static Optional<Category> category(String recipient, Purpose purpose, String field) {
        return Optional.ofNullable(
                TABLE.getOrDefault(new Use(recipient, purpose), Map.of()).get(field));
    }
}
