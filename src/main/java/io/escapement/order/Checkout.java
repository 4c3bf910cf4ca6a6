package io.escapement.order;

import io.escapement.address.AddressBook;
import io.escapement.address.AddressId;
import io.escapement.catalog.Availability;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.consent.Consents;
import io.escapement.money.Money;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.privacy.China;
import io.escapement.privacy.Purpose;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a buyer's order for a watch. The watch is one of one: the catalog's hold, a conditional
 * update in the database, reserves it for one buyer for {@code escapement.order.reservation-ttl},
 * and the orders table admits one open order per watch, so of any number of buyers on any number of
 * nodes exactly one gets it; the others are told it is reserved by another buyer.
 */
@Service
public class Checkout {

    /** The kind of vault subject that seals an order's copy of its address. */
    static final String ADDRESS_COPY = "order-address";

    private final Catalog catalog;
    private final AddressBook addresses;
    private final PersonalDataVault vault;
    private final Orders orders;
    private final ReservationLapses lapses;
    private final Consents consents;
    private final TermsVersions terms;
    private final Clock clock;
    private final Duration reservation;
    private final Money shippingFee;

    Checkout(
            Catalog catalog,
            AddressBook addresses,
            PersonalDataVault vault,
            Orders orders,
            ReservationLapses lapses,
            Consents consents,
            TermsVersions terms,
            Clock clock,
            @Value("${escapement.order.reservation-ttl:PT15M}") Duration reservation,
            @Value("${escapement.order.shipping-fee-fen:0}") long shippingFeeFen) {
        this.catalog = catalog;
        this.addresses = addresses;
        this.vault = vault;
        this.orders = orders;
        this.lapses = lapses;
        this.consents = consents;
        this.terms = terms;
        this.clock = clock;
        this.reservation = reservation;
        this.shippingFee = Money.fen(shippingFeeFen);
    }

    /** How long a placed order keeps its watch for the buyer to pay. */
    public Duration reservation() {
        return reservation;
    }

    /** The shipping fee every order adds to the watch's price. */
    public Money shippingFee() {
        return shippingFee;
    }

    /**
     * The version of the terms of service the buyer is to accept before checking out: the version
     * in effect, when they have not accepted it (at sign-up or at an earlier checkout); empty when
     * they have.
     */
    public OptionalInt termsToAccept(SubjectId buyer) {
        return terms.hasAcceptedVersionInEffect(buyer.value())
                ? OptionalInt.empty()
                : OptionalInt.of(terms.effectiveVersion());
    }

    /**
     * What every checkout does first: a buyer who has not accepted the terms of service in effect
     * accepts them now if they ticked so ({@code accepts}), recorded with the channel and the
     * occasion {@link TermsOccasion#CHECKOUT}; a buyer who has accepted them passes whatever {@code
     * accepts} says.
     *
     * @throws CheckoutRefused (400) when the buyer has not accepted the version in effect and does
     *     not accept it now
     */
    public void agreeToTerms(SubjectId buyer, boolean accepts, AcceptanceChannel channel) {
        var version = termsToAccept(buyer);
        if (version.isEmpty()) {
            return;
        }
        if (!accepts) {
            throw CheckoutRefused.termsNotAccepted(version.getAsInt());
        }
        terms.accept(buyer.value(), version.getAsInt(), channel, TermsOccasion.CHECKOUT);
    }

    /**
     * The buyer's new order for the watch, reserved for them until its {@link Order#reservedUntil},
     * shipping to its own sealed copy of one of the buyer's addresses. A buyer who checks out a watch
     * they have reserved already (a double submission) gets that order again.
     *
     * @throws CheckoutRefused when another buyer holds the watch, it is not on sale, or the buyer
     *     has no such address
     */
    @Transactional
    public Order place(SubjectId buyer, ListingId id, AddressId addressId) {
        var listing = catalog.listing(id).orElseThrow(() -> CheckoutRefused.notOnSale(id.toString()));
        var now = clock.instant();
        var ordersOfWatch = orders.ofListing(id);
        var placedAlready = ordersOfWatch.stream()
                .filter(order -> order.buyer().equals(buyer) && order.payableAt(now))
                .findFirst();
        if (placedAlready.isPresent()) {
            return placedAlready.get();
        }
        var restricted = consents.restriction(buyer, Purpose.ORDER_FULFILMENT);
        if (restricted.isPresent()) {
            throw CheckoutRefused.restricted(restricted.get());
        }
        var address = addresses.forCheckout(buyer, addressId).orElseThrow(CheckoutRefused::unknownAddress);
        var availability = listing.availabilityAt(now);
        if (availability == Availability.HELD) {
            throw CheckoutRefused.reservedByAnother();
        }
        if (availability != Availability.ON_SALE) {
            throw CheckoutRefused.notOnSale(id.toString());
        }
        var holder = UUID.randomUUID();
        var hold = catalog.hold(id, holder, reservation).orElseThrow(CheckoutRefused::reservedByAnother);
        lapses.closeLapsed(ordersOfWatch, now);
        var copy = vault.newSubject(ADDRESS_COPY);
        vault.store(copy, new OrderAddress(address.recipient(), address.phone(), address.detail()));
        var region = address.region();
        var shipTo = new ShipTo(
                copy,
                region.province().code(),
                region.city().code(),
                region.district().code(),
                region.written(),
                address.postcode());
        var placed = Order.place(
                OrderNumber.next(LocalDate.ofInstant(now, China.TIME_ZONE)),
                buyer,
                id,
                holder,
                shipTo,
                listing.price(),
                shippingFee,
                now,
                hold.until());
        try {
            return orders.add(placed, listing.merchantId());
        } catch (DuplicateKeyException open) {
            throw CheckoutRefused.reservedByAnother();
        }
    }
}
