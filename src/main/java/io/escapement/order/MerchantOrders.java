package io.escapement.order;

import io.escapement.address.Divisions;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.language.Localized;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.Disclosure;
import io.escapement.sharing.SharingGateway;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders a merchant sees in its portal (S-3, P-7): only the paid orders (awaiting shipment and
 * later) of the watches it sells, never an unpaid one nor another merchant's. What a merchant learns
 * about the buyer passes the sharing gateway to the recipient {@code merchants} for {@link
 * Purpose#ORDER_FULFILMENT}: the order number and amount, the name and phone of the order's sealed
 * address masked by the vault, and the city. The gateway records each order's disclosure once in
 * the sharing ledger, however often the merchant opens it, so the buyer sees it under "who accessed
 * my data".
 */
@Service
public class MerchantOrders {

    /** The most orders one list shows. */
    public static final int PAGE = 50;

    /** The recipient id of the merchant selling the watch, in the policy's registry. */
    static final String RECIPIENT = "merchants";

    private static final Accessor READER = Accessor.system("order.MerchantOrders");

    private final Orders orders;
    private final Catalog catalog;
    private final Divisions divisions;
    private final PersonalDataVault vault;
    private final SharingGateway gateway;

    MerchantOrders(
            Orders orders, Catalog catalog, Divisions divisions, PersonalDataVault vault, SharingGateway gateway) {
        this.orders = orders;
        this.catalog = catalog;
        this.divisions = divisions;
        this.vault = vault;
        this.gateway = gateway;
    }

    /**
     * The merchant's paid orders, newest first, at most {@link #PAGE}.
     *
     * @throws io.escapement.sharing.SharingRefused when the registry no longer lets merchants receive
     *     order data
     */
    @Transactional
    public List<MerchantOrder> list(MerchantId merchant) {
        var paid = orders.paidOfMerchant(merchant, PAGE);
        var watches = watches(paid.stream().map(Order::listing).toList());
        return paid.stream().map(order -> view(order, watches)).toList();
    }

    /**
     * The merchant's paid order with this number; empty for an unpaid order, another merchant's or
     * none, so a merchant learns nothing of orders that are not its own.
     */
    @Transactional
    public Optional<MerchantOrder> find(MerchantId merchant, OrderNumber number) {
        return orders.findPaid(merchant, number).map(order -> view(order, watches(List.of(order.listing()))));
    }

    private MerchantOrder view(Order order, Map<ListingId, Listing> watches) {
        var disclosure = Disclosure.to(
                        RECIPIENT,
                        Purpose.ORDER_FULFILMENT,
                        order.buyer(),
                        order.number().value())
                .field("orderNumber", Category.USER_TRANSACTION, order.number().value())
                .field(
                        "amount",
                        Category.USER_TRANSACTION,
                        Long.toString(order.total().minor()))
                .field("city", Category.USER_CONTACT_ADDRESS, city(order.shipTo()));
        var sealed = order.shipTo().sealed();
        masked(vault.show(sealed, OrderAddress.class, "recipient", Purpose.ORDER_FULFILMENT, READER))
                .ifPresent(name -> disclosure.field("recipientMasked", Category.USER_NAME, name));
        masked(vault.show(sealed, OrderAddress.class, "phone", Purpose.ORDER_FULFILMENT, READER))
                .ifPresent(phone -> disclosure.field("phoneMasked", Category.USER_CONTACT_PHONE, phone));
        var shared = gateway.share(disclosure);
        var watch = watches.get(order.listing());
        return new MerchantOrder(
                order.id(),
                new OrderNumber(shared.get("orderNumber")),
                order.listing(),
                watch == null ? Localized.same("#" + order.listing()) : watch.title(),
                order.price(),
                order.shippingFee(),
                Money.fen(Long.parseLong(shared.get("amount"))),
                order.refunded(),
                order.checkout(),
                order.payment(),
                order.fulfilment(),
                order.timeline(),
                shared.has("recipientMasked") ? shared.get("recipientMasked") : null,
                shared.has("phoneMasked") ? shared.get("phoneMasked") : null,
                shared.get("city"),
                shared.entry());
    }

    /** The city as people name it: 深圳市; a municipality's city (市辖区) is the municipality, 北京市. */
    private String city(ShipTo shipTo) {
        var region = divisions.region(shipTo.provinceCode(), shipTo.cityCode(), shipTo.districtCode());
        return region.city().name().equals("市辖区")
                ? region.province().name()
                : region.city().name();
    }

    private static Optional<String> masked(Read<String> read) {
        return read instanceof Read.Present<String> present ? Optional.of(present.value()) : Optional.empty();
    }

    private Map<ListingId, Listing> watches(List<ListingId> ids) {
        return catalog.listings(ids).stream().collect(Collectors.toMap(Listing::id, Function.identity(), (a, b) -> a));
    }
}
