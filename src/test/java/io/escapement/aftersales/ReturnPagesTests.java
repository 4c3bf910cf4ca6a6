package io.escapement.aftersales;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountContact;
import io.escapement.address.AddressBook;
import io.escapement.address.EnterAddress;
import io.escapement.catalog.Catalog;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.MerchantFixtures;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.order.OrderPayments;
import io.escapement.order.PaymentOutcome;
import io.escapement.party.MerchantId;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.StaffRole;
import io.escapement.shipping.Shipments;
import io.escapement.shipping.Tracking;
import io.escapement.shipping.sandbox.SandboxCarrier;
import io.escapement.shipping.spi.TrackingCode;
import io.escapement.testing.Buyer;
import io.escapement.testing.Staff;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The merchant decides returns in its portal, with readable messages for a decision twice, a blank
 * refusal and another merchant's case; customer service sees a case with its buyer masked, every
 * field recorded in the audit trail under the case's reference, and a field in full only with a
 * reason (P-4, P-5), and decides an escalation.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.shipping.sandbox.step=PT0S"})
@AutoConfigureMockMvc
class ReturnPagesTests {

    private static final String HANDLE = "customer_service-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    Returns returns;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    AddressBook addresses;

    @Autowired
    TermsVersions terms;

    @Autowired
    Catalog catalog;

    @Autowired
    Checkout checkout;

    @Autowired
    OrderPayments payments;

    @Autowired
    Shipments shipments;

    @Autowired
    Tracking tracking;

    @Autowired
    SandboxCarrier sandbox;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMerchantDecidesInItsPortalAndBadDecisionsGetAReadableMessage() throws Exception {
        var merchant = merchant();
        var buyer = buyer(phone());
        var order = delivered(buyer, merchant);
        var id = returns.open(buyer, order.number(), new OpenReturn("尺寸不合适", true, List.of()))
                .id();
        var page = "/merchant/returns/" + id.value();

        mvc.perform(get("/merchant/orders/" + order.number().value()).with(Staff.ofMerchant(merchant)))
                .andExpect(content().string(containsString(id.reference())));
        mvc.perform(get(page).with(Staff.ofMerchant(merchant)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("尺寸不合适")))
                .andExpect(content().string(containsString("return-accept")));
        mvc.perform(get(page).with(Staff.ofMerchant(merchant())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有此售后单")));
        mvc.perform(post(page + "/accept").with(Staff.ofMerchant(merchant())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/refuse")
                        .param("reason", " ")
                        .with(Staff.ofMerchant(merchant))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写拒绝原因")));
        for (var madeUp : List.of("", "MAYBE", "passed")) {
            mvc.perform(post(page + "/inspect")
                            .param("result", madeUp)
                            .with(Staff.ofMerchant(merchant))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("请选择验货通过或不通过")));
        }
        assertThat(returns.find(id).orElseThrow().state())
                .as("an inspection result is never assumed")
                .isEqualTo(ReturnState.REQUESTED);
        mvc.perform(post(page + "/accept").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/accept").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("现在不能同意")));
        mvc.perform(post(page + "/refund")
                        .param("amount", "1e9")
                        .with(Staff.ofMerchant(merchant))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(returns.find(id).orElseThrow().state()).isEqualTo(ReturnState.ACCEPTED);
        assertThat(returns.find(id).orElseThrow().timeline()).hasSize(2);
    }

    @Test
    void customerServiceSeesTheCaseWithTheBuyerMaskedAndEveryReadIsAudited() throws Exception {
        var merchant = merchant();
        var phone = phone();
        var buyer = buyer(phone);
        var order = delivered(buyer, merchant);
        var id = returns.open(buyer, order.number(), new OpenReturn("表盘有瑕疵", true, List.of()))
                .id();
        returns.refuse(merchant, id, "瑕疵为原有");
        returns.escalate(buyer, id);
        var page = "/console/customers/returns/" + id.value();

        mvc.perform(get("/console/customers/returns").with(Staff.as(StaffRole.CUSTOMER_SERVICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id.reference())));
        mvc.perform(get(page).with(Staff.as(StaffRole.CUSTOMER_SERVICE)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString(PhoneNumber.parse(phone).masked())))
                .andExpect(content().string(not(containsString(phone))));
        assertThat(actions(buyer)).containsExactly("READ " + id.reference() + " null");
        mvc.perform(get(page).with(Staff.as(StaffRole.DPO))).andExpect(status().isForbidden());

        mvc.perform(post(page + "/unmask")
                        .param("field", "PHONE")
                        .param("reason", " ")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(post(page + "/unmask")
                        .param("field", "PHONE")
                        .param("reason", "回电买家确认退货")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(phone)));
        assertThat(actions(buyer)).contains("UNMASK " + id.reference() + " 回电买家确认退货");

        mvc.perform(post(page + "/decide")
                        .param("decision", "maybe")
                        .param("note", "x")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/decide")
                        .param("decision", "accept")
                        .param("note", "照片显示瑕疵为新")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/decide")
                        .param("decision", "uphold")
                        .param("note", "改判")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(returns.find(id).orElseThrow().state()).isEqualTo(ReturnState.ACCEPTED);
    }

    @Test
    void theBuyerReturnsFromTheOrderPageWithAPhotoAndReadsWhyARefusalOrALateReturnIsRefused() throws Exception {
        var merchant = merchant();
        var buyer = buyer(phone());
        var order = delivered(buyer, merchant);
        var orderPage = "/account/orders/" + order.number().value();
        mvc.perform(get(orderPage).with(Buyer.as(buyer))).andExpect(content().string(containsString("order-return")));

        mvc.perform(multipart("/account/returns")
                        .file(new MockMultipartFile("photos", "back.png", "image/png", photo()))
                        .param("order", order.number().value())
                        .param("reason", "x".repeat(ReturnCase.MAX_TEXT + 1))
                        .param("declaration", "true")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最多 500 个字符")));
        mvc.perform(multipart("/account/returns")
                        .file(new MockMultipartFile("photos", "back.png", "image/png", photo()))
                        .param("order", order.number().value())
                        .param("reason", "表带尺寸不合适")
                        .param("declaration", "true")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var opened = returns.ofBuyer(buyer).get(0);
        var jpeg = returns.photo(opened.id(), 0).orElseThrow();
        assertThat(jpeg[0] & 0xff).as("kept re-encoded as a JPEG").isEqualTo(0xff);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xd8);
        mvc.perform(get("/merchant/returns/" + opened.id().value() + "/photos/0")
                        .with(Staff.ofMerchant(merchant)))
                .andExpect(status().isOk());
        mvc.perform(get("/merchant/returns/" + opened.id().value() + "/photos/0")
                        .with(Staff.ofMerchant(merchant())))
                .andExpect(status().isNotFound());
        mvc.perform(get(orderPage).with(Buyer.as(buyer)))
                .andExpect(content().string(containsString(opened.id().reference())));

        returns.refuse(merchant, opened.id(), "表带有使用痕迹");
        var casePage = "/account/returns/" + opened.id().value();
        mvc.perform(get(casePage).with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("表带有使用痕迹")));
        mvc.perform(get(casePage).with(Buyer.as(buyer(phone())))).andExpect(status().isNotFound());
        mvc.perform(post(casePage + "/pickup").with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能寄回")));
        mvc.perform(post(casePage + "/escalate").with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(casePage + "/escalate").with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能申请平台介入")));
        assertThat(returns.find(opened.id()).orElseThrow().state()).isEqualTo(ReturnState.ESCALATED);

        mvc.perform(multipart("/account/returns")
                        .param("order", order.number().value())
                        .param("reason", "再退一次")
                        .param("declaration", "true")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已有售后单")));
    }

    @Test
    void theOrderPageOffersNoReturnOnceTheWindowIsOver() throws Exception {
        var buyer = buyer(phone());
        var order = delivered(buyer, merchant(), Instant.now().minus(Duration.ofDays(8)));
        mvc.perform(get("/account/orders/" + order.number().value()).with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"order-return\""))));
    }

    private static byte[] photo() {
        return java.util.Base64.getDecoder().decode(ReturnsTests.photo());
    }

    private List<String> actions(SubjectId buyer) {
        return jdbc.sql("select action || ' ' || case_reference || ' ' || coalesce(reason, 'null') from audit.entry"
                        + " where subject_id = :id and accessor_ref = :handle order by seq")
                .param("id", buyer.value())
                .param("handle", HANDLE)
                .query(String.class)
                .list();
    }

    private SubjectId buyer(String phone) {
        var buyer = vault.newSubject("buyer");
        vault.store(buyer, new AccountContact(PhoneNumber.parse(phone)));
        terms.acceptInEffect(buyer.value(), AcceptanceChannel.WEB, TermsOccasion.SIGN_UP);
        return buyer;
    }

    private Order delivered(SubjectId buyer, MerchantId merchant) {
        return delivered(buyer, merchant, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private Order delivered(SubjectId buyer, MerchantId merchant, Instant at) {
        var address = addresses.add(
                buyer,
                new EnterAddress(
                        OrderFixtures.RECIPIENT,
                        OrderFixtures.PHONE,
                        "440000",
                        "440300",
                        "440305",
                        OrderFixtures.DETAIL,
                        null));
        var listing = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial("RPG" + Long.toString(System.nanoTime(), 36).toUpperCase())
                .withPrice(80_000)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = checkout.place(buyer, listing, address);
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        var waybill = shipments.book(merchant, order.number()).waybill();
        var body = sandbox.routePush(waybill + "-80", waybill, TrackingCode.DELIVERED, at);
        var headers = new HashMap<String, String>();
        sandbox.signed(body).forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        tracking.receive("sandbox", headers, body);
        return order;
    }

    private MerchantId merchant() {
        return merchants
                .register(List.of(MerchantFixtures.merchant("页面表行" + System.nanoTime() % 100_000, phone())))
                .get(0);
    }

    private static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
