package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.cart.Carts;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.party.MerchantId;
import io.escapement.testing.Buyer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The account page leads with what a shopper looks for: orders by state with their counts, then
 * the cart and the addresses, then profile, security and privacy.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class AccountHubTests {

    static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Checkout checkout;

    @Autowired
    OrderPayments payments;

    @Autowired
    Carts carts;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void leadsWithOrdersByStateThenTheCartAndAddressesEachWithItsCount() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        checkout.place(customer.buyer(), watch(), customer.address());
        var paid = checkout.place(customer.buyer(), watch(), customer.address());
        payments.paid(paid.number(), paid.total(), Instant.now());
        carts.add(customer.buyer(), watch());
        carts.add(customer.buyer(), watch());
        carts.add(customer.buyer(), watch());

        var page = mvc.perform(get("/account").with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(count(page, "hub-orders-all")).isEqualTo(2);
        assertThat(count(page, "hub-orders-awaiting-payment")).isEqualTo(1);
        assertThat(count(page, "hub-orders-awaiting-shipment")).isEqualTo(1);
        assertThat(count(page, "hub-orders-closed")).isZero();
        assertThat(count(page, "hub-cart")).isEqualTo(3);
        assertThat(count(page, "hub-addresses")).isEqualTo(1);
        assertThat(page.indexOf("hub-orders-all"))
                .isLessThan(page.indexOf("hub-cart"))
                .isLessThan(page.indexOf("hub-profile"));
        assertThat(page).contains("待付款", "购物", "个人资料与安全");
    }

    static int count(String page, String id) {
        var matcher = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<span class=\"hub-count\">(\\d+)</span>")
                .matcher(page);
        assertThat(matcher.find()).as("a count on " + id).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    ListingId watch() {
        return aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("HUB" + SERIALS.incrementAndGet() + "X" + System.nanoTime() % 100_000)
                .withPrice(33_000)
                .byMerchant(new MerchantId(89))
                .listIn(catalog);
    }
}
