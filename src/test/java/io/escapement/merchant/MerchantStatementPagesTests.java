package io.escapement.merchant;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.money.Money;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.party.MerchantId;
import io.escapement.payment.PaymentFixtures;
import io.escapement.payment.Settlements;
import io.escapement.payment.Statements;
import io.escapement.payment.sandbox.SandboxPurchases;
import io.escapement.testing.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The merchant's settlement statement (ADR 46): merchant A sees, for this month, its settled order
 * with gross, fee (5%) and net and the refund of another of its sales, on the page and in the CSV
 * (UTF-8 with a BOM, RFC 4180, yuan with two decimals); merchant B's month shows nothing of A's and
 * A's nothing of B's. A malformed period is a readable 400; a month to come is an empty statement.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"escapement.demo.listings=0", "escapement.payment.platform-fee=5"})
@AutoConfigureMockMvc
class MerchantStatementPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    Checkout checkout;

    @Autowired
    Settlements settlements;

    @Autowired
    Statements statements;

    @Autowired
    ApplicationContext context;

    MerchantId a;
    MerchantId b;
    Order settledOfA;
    Order refundedOfA;
    Order settledOfB;

    @BeforeEach
    void aSettledOrderAndARefundForAAndASettledOrderForB() {
        var ids = merchants.register(List.of(
                MerchantFixtures.merchant("上海丙表行", "13800000021"), MerchantFixtures.merchant("北京丁表行", "13800000022")));
        a = ids.get(0);
        b = ids.get(1);
        var purchases = new SandboxPurchases(context);
        var refunds = new PaymentFixtures(context);
        settledOfA = purchases.pay(place(a, 12_345));
        refundedOfA = purchases.pay(place(a, 8_000));
        settledOfB = purchases.pay(place(b, 30_000));
        refunds.refund(refundedOfA.number(), refundedOfA.total());
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (refunds.outstanding(refundedOfA.number()) > 0) {
            assertThat(Instant.now()).as("the provider takes the refund").isBefore(deadline);
            Thread.onSpinWait();
        }
        var jdbc = context.getBean(JdbcClient.class);
        List.of(settledOfA, refundedOfA, settledOfB).forEach(order -> OrderFixtures.settlementDue(jdbc, order));
        assertThat(settlements.settle(settledOfA.id())).isPresent();
        assertThat(settlements.settle(refundedOfA.id())).as("refunded in full").isEmpty();
        assertThat(settlements.settle(settledOfB.id())).isPresent();
    }

    @Test
    void showsTheMerchantItsSettledOrderAndItsRefundWithTotals() throws Exception {
        var page = as(a, "/merchant/statements");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains(
                        settledOfA.number().value(),
                        refundedOfA.number().value(),
                        "¥12,345",
                        "¥617.25",
                        "¥11,727.75",
                        "¥8,000",
                        "/merchant/statements/" + statements.current() + ".csv",
                        "结算对账单")
                .doesNotContain(settledOfB.number().value(), "¥30,000");
        assertThat(as(a, "/merchant").getResponse().getContentAsString()).contains("/merchant/statements");
    }

    @Test
    void downloadsTheMonthAsCsvForExcel() throws Exception {
        var response =
                as(a, "/merchant/statements/" + statements.current() + ".csv").getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment", "statement-" + statements.current() + ".csv");
        var bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("类型,订单号,时间（北京时间）,订单金额（元）,退款（元）,平台服务费（元）,应结金额（元）");
        assertThat(csv)
                .contains("结算," + settledOfA.number() + ",")
                .contains(",12345.00,0.00,617.25,11727.75\r\n")
                .contains("退款," + refundedOfA.number() + ",")
                .contains(",,8000.00,,\r\n")
                .contains("合计," + statements.current() + ",,12345.00,0.00,617.25,11727.75\r\n")
                .contains("退款合计," + statements.current() + ",,,8000.00,,\r\n")
                .doesNotContain(settledOfB.number().value())
                .doesNotContain("\n\n");
        assertThat(lines[lines.length - 1]).as("the last line ends with CRLF").isEmpty();
    }

    @Test
    void anotherMerchantsMonthShowsNothingOfThisOnes() throws Exception {
        var csv = as(b, "/merchant/statements/" + statements.current() + ".csv")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(settledOfB.number().value(), "30000.00")
                .doesNotContain(
                        settledOfA.number().value(), refundedOfA.number().value(), "12345.00", "8000.00");
        assertThat(as(b, "/merchant/statements").getResponse().getContentAsString())
                .contains(settledOfB.number().value())
                .doesNotContain(
                        settledOfA.number().value(), refundedOfA.number().value());
    }

    @Test
    void aMalformedPeriodIsAReadable400AndAMonthToComeIsEmpty() throws Exception {
        for (var period : List.of("2026-13", "2026-1", "abcd-ef", "202612", "2026-00", "99999-01")) {
            var response = as(a, "/merchant/statements/" + period + ".csv").getResponse();
            assertThat(response.getStatus()).as(period).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(period)
                    .contains("例如 2026-12");
        }
        for (var period : List.of("2999-01", "2001-02")) {
            var response = as(a, "/merchant/statements/" + period + ".csv").getResponse();
            assertThat(response.getStatus()).as(period).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(period)
                    .contains("合计," + period + ",,0.00,0.00,0.00,0.00\r\n")
                    .doesNotContain(
                            settledOfA.number().value(), settledOfB.number().value());
        }
    }

    @Test
    void theStatementKeepsTheFeeAndTheNetAndAPeriodIsAYearAndAMonth() {
        var statement = statements.of(a, statements.current());
        assertThat(statement.settled()).singleElement().satisfies(settled -> {
            assertThat(settled.fee()).isEqualTo(Money.fen(61_725));
            assertThat(settled.net()).isEqualTo(Money.fen(1_172_775));
        });
        assertThat(statements.of(a, statements.current().minusMonths(1)).isEmpty())
                .isTrue();
        assertThat(Statements.period("2026-12")).contains(java.time.YearMonth.of(2026, 12));
        assertThat(Statements.period("2026-12 ")).isEmpty();
    }

    private MvcResult as(MerchantId merchant, String url) throws Exception {
        return mvc.perform(get(url).with(Staff.ofMerchant(merchant))).andReturn();
    }

    private Order place(MerchantId merchant, long yuan) {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("MST" + System.nanoTime() % 10_000_000)
                .withPrice(yuan)
                .byMerchant(merchant)
                .listIn(catalog);
        return checkout.place(customer.buyer(), listing, customer.address());
    }
}
