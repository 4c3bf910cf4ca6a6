package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.closing.Cancellation;
import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.testing.Buyer;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A buyer cancels an unpaid order: it closes, its watch is on sale again at once, and a paid or
 * closed order cannot be cancelled. An open order blocks the account's cancellation (U-11).
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class OrderCancellationTests {

    static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders orders;

    @Autowired
    OrderPayments payments;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    Cancellation cancellation;

    @Test
    void aCancelledOrderClosesAndItsWatchCanBeBoughtAtOnce() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = watch(64_000);
        var order = checkout.place(customer.buyer(), listing, customer.address());
        assertThat(cancellation.blockers(customer.buyer())).containsExactly("cancel.blocker.openOrder");

        mvc.perform(post("/account/orders/{n}/cancel", order.number().value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + order.number().value()));

        var cancelled = orders.find(customer.buyer(), order.number()).orElseThrow();
        assertThat(cancelled.checkout()).isEqualTo(CheckoutState.CLOSED);
        assertThat(cancelled.timeline())
                .extracting(Step::kind)
                .containsExactly(Step.Kind.PLACED, Step.Kind.CANCELLED_BY_BUYER);
        assertThat(cancellation.blockers(customer.buyer())).isEmpty();
        var next = OrderFixtures.buyerWithAddress(addresses);
        assertThat(checkout.place(next.buyer(), listing, next.address()).checkout())
                .isEqualTo(CheckoutState.PLACED);
    }

    @Test
    void paidClosedAndOtherBuyersOrdersCannotBeCancelled() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var order = checkout.place(customer.buyer(), watch(70_000), customer.address());
        var url = "/api/v1/me/orders/" + order.number().value() + "/cancel";

        mvc.perform(post(url).with(Buyer.as(SubjectId.random())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/orders/garbage/cancel")
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(url).with(Buyer.as(customer.buyer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkout").value("CLOSED"));
        mvc.perform(post(url).with(Buyer.as(customer.buyer())).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This order cannot be cancelled: it is paid or closed already."));

        var paid = checkout.place(customer.buyer(), watch(71_000), customer.address());
        assertThat(payments.paid(paid.number(), paid.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        mvc.perform(post("/account/orders/{n}/cancel", paid.number().value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf())
                        .param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This order cannot be cancelled")));
        assertThat(cancellation.blockers(customer.buyer())).containsExactly("cancel.blocker.openOrder");
        mvc.perform(get("/account/orders/{n}", paid.number().value()).with(Buyer.as(customer.buyer())))
                .andExpect(content().string(not(containsString("order-cancel"))));
        assertThat(paid.total()).isEqualTo(Money.yuan(71_000).plus(checkout.shippingFee()));
    }

    ListingId watch(long yuan) {
        return aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("CANCEL" + SERIALS.incrementAndGet() + "X" + System.nanoTime() % 100_000)
                .withPrice(yuan)
                .byMerchant(new MerchantId(84))
                .listIn(catalog);
    }
}
