package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.party.MerchantId;
import io.escapement.policy.TermsVersions;
import io.escapement.testing.Buyer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The buyer's checkout and order pages, in Chinese by default, and what they say when refused. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class OrderPagesTests {

    @Autowired
    TermsVersions terms;

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    BuyerOrders orders;

    @Test
    void aBuyerChecksOutFromTheListingAndSeesTheOrderWithItsTimeline() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var id = watch("PAGE0001", 61);

        mvc.perform(get("/watches/{id}", id.value()))
                .andExpect(content().string(containsString("/account/checkout?listing=" + id.value())));
        mvc.perform(post("/api/v1/me/cart/items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"listingId\": " + id.value() + "}")
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(get("/cart").with(Buyer.as(customer.buyer())))
                .andExpect(content().string(containsString("/account/checkout?listing=" + id.value())));
        mvc.perform(get("/account/checkout").param("listing", id.toString()).with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("确认订单"),
                                containsString("¥88,000"),
                                containsString("欧阳**"),
                                containsString("139****5678"),
                                containsString("广东省深圳市南山区"),
                                containsString("保留 15 分钟"),
                                not(containsString(OrderFixtures.DETAIL)))));
        mvc.perform(post("/account/checkout")
                        .param("listing", id.toString())
                        .param("address", customer.address().value().toString())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/account/orders/*"));

        var order = orders.list(customer.buyer(), OrderFilter.ALL).get(0);
        mvc.perform(get("/cart").with(Buyer.as(customer.buyer())))
                .andExpect(content()
                        .string(allOf(containsString("已为您保留"), containsString("/account/orders/" + order.number()))));
        mvc.perform(get("/api/v1/me/cart").with(Buyer.as(customer.buyer())))
                .andExpect(
                        jsonPath("$.items[0].reservedBy").value(order.number().value()));
        mvc.perform(get("/account/orders/{n}", order.number().value()).with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("订单 " + order.number()),
                                containsString("提交订单"),
                                containsString("已下单"),
                                containsString("广东省深圳市南山区"),
                                containsString("请在此之前付款"),
                                containsString("/pay\""))));
        mvc.perform(post("/account/orders/{n}/delete", order.number().value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(containsString("订单结束后才能从列表中删除"), containsString("订单 " + order.number()))));
        mvc.perform(get("/account/orders").param("state", "awaiting-payment").with(Buyer.as(customer.buyer())))
                .andExpect(content().string(containsString(order.number().value())));
        mvc.perform(get("/account/orders").param("state", "closed").with(Buyer.as(customer.buyer())))
                .andExpect(content()
                        .string(allOf(
                                containsString("这里没有订单"),
                                not(containsString(order.number().value())))));
    }

    @Test
    void explainsOnThePageWhyACheckoutCannotGoAhead() throws Exception {
        var first = OrderFixtures.buyerWithAddress(addresses, terms);
        var second = OrderFixtures.buyerWithAddress(addresses, terms);
        var id = watch("PAGE0002", 62);
        mvc.perform(post("/account/checkout")
                        .param("listing", id.toString())
                        .param("address", first.address().value().toString())
                        .with(Buyer.as(first.buyer()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/account/checkout")
                        .param("listing", id.toString())
                        .param("address", second.address().value().toString())
                        .with(Buyer.as(second.buyer()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被其他买家预订")));
        mvc.perform(get("/account/checkout").param("listing", id.toString()).with(Buyer.as(second.buyer())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不在售")));
        for (var bad : new String[] {"", "abc", "-1", "1.5", "9".repeat(40)}) {
            mvc.perform(get("/account/checkout").param("listing", bad).with(Buyer.as(second.buyer())))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("腕表编号")));
        }
        var other = watch("PAGE0003", 63);
        mvc.perform(post("/account/checkout")
                        .param("listing", other.toString())
                        .param("address", first.address().value().toString())
                        .with(Buyer.as(second.buyer()))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("请选择您的一个收货地址"), containsString("确认订单"))));
        var order = orders.list(first.buyer(), OrderFilter.ALL).get(0);
        mvc.perform(get("/account/orders/{n}", order.number().value()).with(Buyer.as(second.buyer())))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(allOf(
                                containsString("您没有这个编号的订单"),
                                not(containsString(order.shipTo().region())))));
        mvc.perform(get("/account/orders/{n}", "nonsense").with(Buyer.as(second.buyer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/checkout?listing=" + other.value()))
                .andExpect(redirectedUrl("/signin?next=%2Faccount%2Fcheckout%3Flisting%3D" + other.value()));
    }

    private ListingId watch(String serial, long merchant) {
        return aListing(catalog.referenceByNumber("126710BLRO").orElseThrow())
                .withSerial(serial)
                .withPrice(88_000)
                .byMerchant(new MerchantId(merchant))
                .listIn(catalog);
    }
}
