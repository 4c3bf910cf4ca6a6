package io.escapement.review;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.MerchantFixtures;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.order.OrderFulfilment;
import io.escapement.order.OrderPayments;
import io.escapement.order.PaymentOutcome;
import io.escapement.party.MerchantId;
import io.escapement.policy.TermsVersions;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for reviews: orders of a buyer that were paid, and shipped and received if asked, and
 * photos with a GPS position in their EXIF. A bean of the test context: {@code @Import} it.
 */
@Component
class ReviewFixtures {

    private final TermsVersions terms;
    private final AddressBook addresses;
    private final Catalog catalog;
    private final Checkout checkout;
    private final OrderPayments payments;
    private final OrderFulfilment fulfilment;
    private final BuyerOrders orders;
    private final TransactionTemplate transactions;
    private final MerchantDirectory merchants;
    private final AtomicInteger shops = new AtomicInteger();

    ReviewFixtures(
            TermsVersions terms,
            AddressBook addresses,
            Catalog catalog,
            Checkout checkout,
            OrderPayments payments,
            OrderFulfilment fulfilment,
            BuyerOrders orders,
            TransactionTemplate transactions,
            MerchantDirectory merchants) {
        this.merchants = merchants;
        this.terms = terms;
        this.addresses = addresses;
        this.catalog = catalog;
        this.checkout = checkout;
        this.payments = payments;
        this.fulfilment = fulfilment;
        this.orders = orders;
        this.transactions = transactions;
    }

    /** A new shop, registered in the merchant directory, so that it has a public page. */
    MerchantId merchant() {
        int shop = shops.incrementAndGet();
        var digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return merchants
                .register(List.of(MerchantFixtures.merchant("评价测试表行" + digits + shop, "137" + digits)))
                .get(0);
    }

    /** A new buyer with an address who accepted the terms of service. */
    SubjectId buyer() {
        return OrderFixtures.buyerWithAddress(addresses, terms).buyer();
    }

    /** An order of {@code buyer} for a watch of reference 126710BLRO that {@code merchant} sells, paid only. */
    Order paid(SubjectId buyer, MerchantId merchant, String serial) {
        var address = addresses.list(buyer).get(0).id();
        var id = aListing(catalog.referenceByNumber("126710BLRO").orElseThrow())
                .withSerial(serial)
                .withPrice(120_000)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = checkout.place(buyer, id, address);
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        return order;
    }

    /** The same, shipped, delivered and received by the buyer. */
    Order received(SubjectId buyer, MerchantId merchant, String serial) {
        var order = paid(buyer, merchant, serial);
        transactions.executeWithoutResult(status -> fulfilment.ship(order.id(), Instant.now()));
        assertThat(fulfilment.deliver(order.id(), Instant.now())).isTrue();
        return orders.confirmReceipt(buyer, order.number());
    }
}
