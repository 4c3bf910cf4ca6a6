package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.cart.Carts;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.policy.TermsVersions;
import io.escapement.testing.Buyer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Several watches checked out from the cart at once: each becomes an order of its own to the one
 * address, a watch another buyer took meanwhile is left out and said so, and bad lists are refused.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class CartCheckoutTests {

    static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    TermsVersions terms;

    @Autowired
    MockMvc mvc;

    @Autowired
    Carts carts;

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void eachWatchOfTheCartBecomesAnOrderAndOneTakenMeanwhileIsLeftOut() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var first = watch(30_000);
        var second = watch(40_000);
        var third = watch(50_000);
        for (var id : new ListingId[] {first, second, third}) {
            carts.add(customer.buyer(), id);
        }
        var fee = checkout.shippingFee();

        mvc.perform(get("/cart").with(Buyer.as(customer.buyer())))
                .andExpect(content().string(containsString("结算全部 3 只腕表")));
        mvc.perform(get("/account/checkout")
                        .param("listing", first.toString(), second.toString(), third.toString(), first.toString())
                        .with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("3 只腕表"),
                                containsString(
                                        Money.yuan(120_000).plus(fee.times(3)).formatted()))));
        var rival = OrderFixtures.buyerWithAddress(addresses, terms);
        checkout.place(rival.buyer(), second, rival.address());

        mvc.perform(post("/account/checkout")
                        .param("listing", first.toString(), second.toString(), third.toString())
                        .param("address", customer.address().value().toString())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/orders?state=awaiting-payment"))
                .andExpect(flash().attribute("done", "checkout.placedSome"));

        assertThat(orders.list(customer.buyer(), OrderFilter.AWAITING_PAYMENT))
                .extracting(Order::listing)
                .containsExactlyInAnyOrder(first, third);
    }

    @Test
    void tooManyMalformedOrNoWatchesAreRefusedInWords() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var eleven = IntStream.rangeClosed(1, 11).mapToObj(Integer::toString).toArray(String[]::new);

        mvc.perform(get("/account/checkout")
                        .param("listing", eleven)
                        .with(Buyer.as(customer.buyer()))
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Check out at most 10 watches at once.")));
        mvc.perform(post("/account/checkout")
                        .param("listing", "1", "abc")
                        .param("address", customer.address().value().toString())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/account/checkout").with(Buyer.as(customer.buyer()))).andExpect(status().isBadRequest());
        var watch = watch(20_000);
        mvc.perform(post("/account/checkout")
                        .param("listing", watch.toString(), watch(21_000).toString())
                        .param("address", "not-an-address")
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("收货地址")));
        assertThat(orders.list(customer.buyer(), OrderFilter.ALL)).isEmpty();
    }

    ListingId watch(long yuan) {
        return aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("CARTCO" + SERIALS.incrementAndGet() + "X" + System.nanoTime() % 100_000)
                .withPrice(yuan)
                .byMerchant(new MerchantId(86))
                .listIn(catalog);
    }
}
