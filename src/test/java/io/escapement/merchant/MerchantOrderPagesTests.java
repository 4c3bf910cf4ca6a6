package io.escapement.merchant;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.escapement.account.AccountContact;
import io.escapement.account.signin.EmailCredentials;
import io.escapement.address.AddressBook;
import io.escapement.address.EnterAddress;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderPayments;
import io.escapement.order.PaymentOutcome;
import io.escapement.party.MerchantId;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import io.escapement.sharing.SharingLedger;
import io.escapement.testing.Staff;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Keeps S-3 and P-7 for orders: a merchant sees the paid orders of its own watches with the
 * recipient's name and phone masked and the city, and nothing more. Signed in as merchant A, the
 * test walks every GET route under {@code /merchant}, with A's and B's order numbers and listing
 * ids in the path, and finds neither B's order nor any buyer's account, full name, full number,
 * detail line or e-mail.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class MerchantOrderPagesTests {

    static final Pattern MERCHANT_ROUTE = Pattern.compile("^(/api/v\\d+)?/merchant(/.*)?$");
    static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    Checkout checkout;

    @Autowired
    OrderPayments payments;

    @Autowired
    SharingLedger ledger;

    record Customer(SubjectId buyer, String name, String phone, String detail, String accountPhone, String email) {}

    MerchantId a;
    MerchantId b;
    Customer ofA;
    Customer ofB;
    Customer unpaidOfA;
    Order orderOfA;
    Order orderOfB;
    Order unpaidOrderOfA;

    @BeforeEach
    void twoMerchantsWithAPaidOrderEachAndAnUnpaidOneForA() {
        var ids = merchants.register(List.of(
                MerchantFixtures.merchant("上海甲表行", "13800000011"), MerchantFixtures.merchant("北京乙表行", "13800000012")));
        a = ids.get(0);
        b = ids.get(1);
        var suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        ofA = customer("张三", "13812345678", "科技园南路88号3栋1201", "13700001111", "zhang.san." + suffix + "@example.com");
        ofB = customer("王五", "13987654321", "深南大道1001号2单元", "13700002222", "wang.wu." + suffix + "@example.com");
        unpaidOfA = customer("赵六", "13611112222", "前海路66号", "13700003333", "zhao.liu." + suffix + "@example.com");
        orderOfA = paid(place(ofA, watch(a, "MOA" + suffix)));
        orderOfB = paid(place(ofB, watch(b, "MOB" + suffix)));
        unpaidOrderOfA = place(unpaidOfA, watch(a, "MOU" + suffix));
    }

    @Test
    void showsTheMerchantItsPaidOrdersWithTheRecipientMaskedAndTheCity() throws Exception {
        var list = page("/merchant/orders");
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(list.getResponse().getContentAsString())
                .contains(
                        orderOfA.number().value(),
                        "张*",
                        "138****5678",
                        "深圳市",
                        orderOfA.total().formatted())
                .doesNotContain(
                        unpaidOrderOfA.number().value(), orderOfB.number().value());

        var one = page("/merchant/orders/" + orderOfA.number());
        assertThat(one.getResponse().getStatus()).isEqualTo(200);
        assertThat(one.getResponse().getContentAsString())
                .contains(orderOfA.number().value(), "张*", "138****5678", "深圳市", "已付款");

        assertThat(page("/merchant").getResponse().getContentAsString())
                .as("the portal links to the orders")
                .contains("/merchant/orders");
    }

    @Test
    void answersAnotherMerchantsOrderAnUnpaidOneAndNoOrderAsNotFound() throws Exception {
        for (var number : List.of(
                orderOfB.number().value(), unpaidOrderOfA.number().value(), "20261203-ZZZZZZZZ", "not-a-number")) {
            var response = page("/merchant/orders/" + number).getResponse();
            assertThat(response.getStatus()).as(number).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("本店没有该已付款订单");
        }
    }

    @Test
    void givesAMerchantNothingMoreThroughAnyOfItsRoutes() throws Exception {
        var values = Map.of(
                "number",
                List.of(
                        orderOfA.number().value(),
                        orderOfB.number().value(),
                        unpaidOrderOfA.number().value()),
                "id",
                List.of(
                        orderOfA.listing().toString(),
                        orderOfB.listing().toString(),
                        unpaidOrderOfA.listing().toString()),
                "photo",
                List.of(UUID.randomUUID().toString()),
                "period",
                List.of(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString(), "2026-13", "x"));
        var urls = merchantGetRoutes().stream()
                .flatMap(route -> fill(route, values).stream())
                .toList();
        assertThat(urls)
                .as("the walk covers the orders pages and the listing pages")
                .contains(
                        "/merchant",
                        "/merchant/orders",
                        "/merchant/orders/" + orderOfB.number(),
                        "/merchant/listings/" + orderOfB.listing());

        for (var url : urls) {
            var body = page(url).getResponse().getContentAsString();
            assertThat(body)
                    .as(url)
                    .doesNotContain(
                            orderOfB.number().value(), unpaidOrderOfA.number().value())
                    .doesNotContain("王*", "139****4321", "赵*", "136****2222");
            for (var customer : List.of(ofA, ofB, unpaidOfA)) {
                assertThat(body)
                        .as(url)
                        .doesNotContain(
                                customer.name(),
                                customer.phone(),
                                customer.phone().substring(3),
                                customer.detail(),
                                customer.accountPhone(),
                                customer.email(),
                                customer.buyer().toString());
            }
        }

        assertThat(ledger.of(ofA.buyer()))
                .as("one disclosure of A's order to the merchants, however often it was shown")
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.recipient()).isEqualTo("merchants");
                    assertThat(entry.reference()).isEqualTo(orderOfA.number().value());
                    assertThat(entry.fields())
                            .containsExactlyInAnyOrder(
                                    "orderNumber", "amount", "city", "recipientMasked", "phoneMasked");
                });
        assertThat(ledger.of(ofB.buyer())).as("B's order was never shown").isEmpty();
        assertThat(ledger.of(unpaidOfA.buyer()))
                .as("an unpaid order is never shown")
                .isEmpty();
    }

    private MvcResult page(String url) throws Exception {
        return mvc.perform(get(url).with(Staff.ofMerchant(a))).andReturn();
    }

    /** The patterns of every GET route under /merchant, from the application's own mappings. */
    private List<String> merchantGetRoutes() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> MERCHANT_ROUTE.matcher(pattern).matches())
                .distinct()
                .sorted()
                .toList();
    }

    /** The route with each path variable filled in every way {@code values} allows. */
    private static List<String> fill(String route, Map<String, List<String>> values) {
        var matcher = PATH_VARIABLE.matcher(route);
        if (!matcher.find()) {
            return List.of(route);
        }
        var name = matcher.group(1);
        assertThat(values).as("a value for {%s} in %s", name, route).containsKey(name);
        var filled = new ArrayList<String>();
        for (var value : values.get(name)) {
            filled.addAll(fill(route.substring(0, matcher.start()) + value + route.substring(matcher.end()), values));
        }
        return filled;
    }

    private Customer customer(String name, String phone, String detail, String accountPhone, String email) {
        var buyer = vault.newSubject("buyer");
        vault.store(buyer, new AccountContact(PhoneNumber.parse(accountPhone)));
        vault.store(buyer, new EmailCredentials(EmailAddress.parse(email), null));
        return new Customer(buyer, name, phone, detail, accountPhone, email);
    }

    private Order place(Customer customer, ListingId watch) {
        var address = addresses.add(
                customer.buyer(),
                new EnterAddress(
                        customer.name(), customer.phone(), "440000", "440300", "440305", customer.detail(), null));
        return checkout.place(customer.buyer(), watch, address);
    }

    private Order paid(Order order) {
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        return order;
    }

    private ListingId watch(MerchantId merchant, String serial) {
        return aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial(serial)
                .withPrice(120_000)
                .byMerchant(merchant)
                .listIn(catalog);
    }
}
