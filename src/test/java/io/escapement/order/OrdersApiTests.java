package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.party.MerchantId;
import io.escapement.policy.TermsVersions;
import io.escapement.testing.Buyer;
import io.escapement.vault.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A buyer's orders through the API (U-2): their own only, by state, each with its timeline. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class OrdersApiTests {

    @Autowired
    TermsVersions terms;

    @Autowired
    MockMvc mvc;

    @Autowired
    Checkout checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void listsTheBuyersOwnOrdersByStateWithTheirTimelines() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var buyer = customer.buyer();
        var id = watch("APIORDER1", 168_000, 31);
        var order = checkout.place(buyer, id, customer.address());

        mvc.perform(get("/api/v1/me/orders").with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].number").value(order.number().value()))
                .andExpect(jsonPath("$[0].total.fen").value(16_800_000))
                .andExpect(jsonPath("$[0].total.display").value("¥168,000"))
                .andExpect(jsonPath("$[0].checkout").value("PLACED"))
                .andExpect(jsonPath("$[0].payable").value(true))
                .andExpect(jsonPath("$[0].reservedUntil", containsString("+08:00")));
        mvc.perform(get("/api/v1/me/orders").param("state", "awaiting-payment").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/me/orders").param("state", "awaiting-shipment").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/me/orders/" + order.number().value().toLowerCase())
                        .with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[0].kind").value("PLACED"));
    }

    @Test
    void neverShowsAnotherBuyersOrderAndExplainsBadRequests() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var owner = customer.buyer();
        var id = watch("APIORDER2", 100_000, 32);
        var order = checkout.place(owner, id, customer.address());
        var stranger = SubjectId.random();

        mvc.perform(get("/api/v1/me/orders/" + order.number().value()).with(Buyer.as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("您没有这个编号的订单。"));
        mvc.perform(get("/api/v1/me/orders").with(Buyer.as(stranger))).andExpect(jsonPath("$", hasSize(0)));
        for (var number : new String[] {"x", "20261203-K7QM2XDI", "1".repeat(300)}) {
            mvc.perform(get("/api/v1/me/orders/{number}", number).with(Buyer.as(owner)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/me/orders").param("state", "after-sales").with(Buyer.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        for (var state : new String[] {"after_sales", "ALL'--", " ", "x".repeat(500)}) {
            mvc.perform(get("/api/v1/me/orders")
                            .param("state", state)
                            .header("Accept-Language", "en")
                            .with(Buyer.as(owner)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("awaiting-payment")))
                    .andExpect(jsonPath("$.detail", containsString("after-sales")));
        }
        mvc.perform(delete("/api/v1/me/orders/{n}", order.number().value())
                        .with(Buyer.as(owner))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("订单结束后才能从列表中删除")));
        mvc.perform(delete("/api/v1/me/orders/{n}", order.number().value())
                        .with(Buyer.as(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/orders/{n}", "nonsense")
                        .with(Buyer.as(owner))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/orders")).andExpect(status().isUnauthorized());
    }

    @Test
    void checksOutOnceForTheFirstBuyerAndExplainsEveryRefusal() throws Exception {
        var first = OrderFixtures.buyerWithAddress(addresses, terms);
        var second = OrderFixtures.buyerWithAddress(addresses, terms);
        var id = watch("APIORDER3", 99_000, 33);
        var body = "{\"listingId\": " + id.value() + ", \"addressId\": \""
                + first.address().value() + "\"}";

        var number = JsonPath.read(
                mvc.perform(post("/api/v1/me/orders")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body)
                                .with(Buyer.as(first.buyer()))
                                .with(csrf()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.checkout").value("PLACED"))
                        .andExpect(jsonPath("$.total.display").value("¥99,000"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.number");
        mvc.perform(post("/api/v1/me/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(Buyer.as(first.buyer()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(number));
        mvc.perform(post("/api/v1/me/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"listingId\": " + id.value() + ", \"addressId\": \""
                                + second.address().value() + "\"}")
                        .with(Buyer.as(second.buyer()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("已被其他买家预订")));

        var address = "\"" + second.address().value() + "\"";
        for (var bad : new String[] {
            "{}",
            "{\"addressId\": " + address + "}",
            "{\"listingId\": 1.5, \"addressId\": " + address + "}",
            "{\"listingId\": -3, \"addressId\": " + address + "}",
            "{\"listingId\": \"\", \"addressId\": " + address + "}",
            "{\"listingId\": \"" + "9".repeat(40) + "\", \"addressId\": " + address + "}"
        }) {
            mvc.perform(post("/api/v1/me/orders")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad)
                            .header("Accept-Language", "en")
                            .with(Buyer.as(second.buyer()))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("Name the watch to buy")));
        }
        for (var unknown : new String[] {"\"not-an-id\"", "\"" + first.address().value() + "\"", "null"}) {
            mvc.perform(post("/api/v1/me/orders")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"listingId\": " + id.value() + ", \"addressId\": " + unknown + "}")
                            .with(Buyer.as(second.buyer()))
                            .with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail", containsString("收货地址")));
        }
        mvc.perform(post("/api/v1/me/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"listingId\": 987654321, \"addressId\": " + address + "}")
                        .with(Buyer.as(second.buyer()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json")
                        .with(Buyer.as(second.buyer()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private ListingId watch(String serial, long yuan, long merchant) {
        return aListing(catalog.referenceByNumber("126710BLRO").orElseThrow())
                .withSerial(serial)
                .withPrice(yuan)
                .byMerchant(new MerchantId(merchant))
                .listIn(catalog);
    }
}
