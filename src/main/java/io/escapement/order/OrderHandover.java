package io.escapement.order;

import io.escapement.address.Divisions;
import io.escapement.party.MerchantId;
import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.Disclosure;
import io.escapement.sharing.Shared;
import io.escapement.sharing.SharingGateway;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the shipping module needs of a merchant's paid order to hand its watch to a carrier (issue
 * 14, P-9): the carrier gets the recipient's full name, phone and address only through the
 * sharing gateway ({@link #toCarrier}); the merchant's waybill label shows them masked, also
 * through the gateway ({@link #label}).
 */
@Service
public class OrderHandover {

    private final Orders orders;
    private final Divisions divisions;
    private final PersonalDataVault vault;
    private final SharingGateway gateway;

    OrderHandover(Orders orders, Divisions divisions, PersonalDataVault vault, SharingGateway gateway) {
        this.orders = orders;
        this.divisions = divisions;
        this.vault = vault;
        this.gateway = gateway;
    }

    /** The paid order with this number of a watch {@code merchant} sells; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<Order> paidOrder(MerchantId merchant, OrderNumber number) {
        return orders.findPaid(merchant, number);
    }

    /**
     * Offers the order's recipient, phone and full address to the carrier {@code recipient} for
     * {@link Purpose#ORDER_FULFILMENT}, and answers what the gateway let through (fields {@code
     * recipientName}, {@code phone}, {@code address}), recorded once in the sharing ledger.
     *
     * @throws io.escapement.sharing.SharingRefused when the registry does not let the carrier receive them
     */
    @Transactional
    public Shared toCarrier(Order order, String recipient) {
        var accessor = Accessor.partner(recipient);
        var sealed = order.shipTo().sealed();
        var disclosure = Disclosure.to(
                recipient,
                Purpose.ORDER_FULFILMENT,
                order.buyer(),
                order.number().value());
        present(vault.reveal(
                        sealed, OrderAddress.class, "recipient", PersonName.class, Purpose.ORDER_FULFILMENT, accessor))
                .ifPresent(name -> disclosure.field("recipientName", Category.USER_NAME, name.value()));
        present(vault.reveal(
                        sealed, OrderAddress.class, "phone", PhoneNumber.class, Purpose.ORDER_FULFILMENT, accessor))
                .ifPresent(phone -> disclosure.field("phone", Category.USER_CONTACT_PHONE, phone.nationalNumber()));
        present(vault.reveal(sealed, OrderAddress.class, "detail", String.class, Purpose.ORDER_FULFILMENT, accessor))
                .ifPresent(detail -> disclosure.field(
                        "address", Category.USER_CONTACT_ADDRESS, order.shipTo().region() + detail));
        return gateway.share(disclosure);
    }

    /**
     * What a waybill label of the merchant's order shows of the recipient, masked, as the gateway
     * lets it through to the merchant: 张*, 138****5678, the province, city and district names and the
     * detail line masked. Empty for an order that is not the merchant's paid one, or whose copy of
     * the address is gone (shredded when the buyer deleted the completed order).
     */
    @Transactional
    public Optional<LabelRecipient> label(MerchantId merchant, OrderNumber number) {
        return orders.findPaid(merchant, number).flatMap(order -> {
            var sealed = order.shipTo().sealed();
            var accessor = Accessor.system("order.OrderHandover");
            var region = divisions.region(
                    order.shipTo().provinceCode(),
                    order.shipTo().cityCode(),
                    order.shipTo().districtCode());
            var disclosure = Disclosure.to(
                            MerchantOrders.RECIPIENT,
                            Purpose.ORDER_FULFILMENT,
                            order.buyer(),
                            order.number().value())
                    .field(
                            "province",
                            Category.USER_CONTACT_ADDRESS,
                            region.province().name())
                    .field("city", Category.USER_CONTACT_ADDRESS, region.city().name())
                    .field(
                            "district",
                            Category.USER_CONTACT_ADDRESS,
                            region.district().name());
            present(vault.show(sealed, OrderAddress.class, "recipient", Purpose.ORDER_FULFILMENT, accessor))
                    .ifPresent(name -> disclosure.field("recipientMasked", Category.USER_NAME, name));
            present(vault.show(sealed, OrderAddress.class, "phone", Purpose.ORDER_FULFILMENT, accessor))
                    .ifPresent(phone -> disclosure.field("phoneMasked", Category.USER_CONTACT_PHONE, phone));
            present(vault.show(sealed, OrderAddress.class, "detail", Purpose.ORDER_FULFILMENT, accessor))
                    .ifPresent(detail -> disclosure.field("detailMasked", Category.USER_CONTACT_ADDRESS, detail));
            var shared = gateway.share(disclosure);
            if (!shared.has("recipientMasked") || !shared.has("phoneMasked") || !shared.has("detailMasked")) {
                return Optional.<LabelRecipient>empty(); // the order's copy of the address was shredded
            }
            return Optional.of(new LabelRecipient(
                    order.number(),
                    shared.get("recipientMasked"),
                    shared.get("phoneMasked"),
                    shared.get("province"),
                    shared.get("city"),
                    shared.get("district"),
                    shared.get("detailMasked")));
        });
    }

    private static <T> Optional<T> present(Read<T> read) {
        return read instanceof Read.Present<T> present ? Optional.of(present.value()) : Optional.empty();
    }
}
