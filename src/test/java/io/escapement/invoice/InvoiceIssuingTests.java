package io.escapement.invoice;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.MerchantFixtures;
import io.escapement.money.Money;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderEvents.OrderReceived;
import io.escapement.order.OrderFixtures;
import io.escapement.order.OrderFulfilment;
import io.escapement.order.OrderPayments;
import io.escapement.order.PaymentOutcome;
import io.escapement.policy.TermsVersions;
import io.escapement.sharing.SharingLedger;
import io.escapement.vault.SubjectId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15, U-5: the buyer asks for an invoice for an order until receipt; after receipt the platform
 * issues it once, through the tax bureau's sandbox, which gets the title only through the sharing
 * gateway; the buyer downloads the e-invoice, whose text has the amounts and the total in capitals.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0"})
@AutoConfigureMockMvc
class InvoiceIssuingTests {

    static final String COMPANY = "擒纵测试腕表贸易（深圳）有限公司";
    static final String CODE = "91440300MA5DC12341";

    @Autowired
    MockMvc mvc;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    TermsVersions terms;

    @Autowired
    Checkout checkout;

    @Autowired
    OrderPayments payments;

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    InvoiceTitles titles;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceIssuing issuing;

    @Autowired
    SharingLedger ledger;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesOneInvoiceAfterReceiptEvenWhenTheEventComesTwiceAndTheBuyerDownloadsIt() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer.buyer(), 128_000, "INV01");
        var number = order.number().value();
        var title = titles.add(customer.buyer(), new EnterTitle("COMPANY", COMPANY, CODE));

        mvc.perform(put("/api/v1/me/orders/" + number + "/invoice")
                        .with(as(customer.buyer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleId\":\"" + title + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requested").value(true))
                .andExpect(jsonPath("$.title.name").value("擒纵******"))
                .andExpect(jsonPath("$.issued").doesNotExist());
        mvc.perform(get("/account/orders/" + number + "/invoice.pdf").with(as(customer.buyer())))
                .andExpect(status().isNotFound());

        receive(customer.buyer(), order);
        await().atMost(Duration.ofSeconds(20)).until(() -> invoicesOf(order) == 1);

        transactions.executeWithoutResult(tx -> events.publishEvent(new OrderReceived(order.id())));
        issuing.issue(order.id());
        Thread.sleep(500);
        assertThat(invoicesOf(order)).as("one invoice per order").isEqualTo(1);

        var state = invoices.state(customer.buyer(), order.number());
        assertThat(state.issued()).isNotNull();
        assertThat(state.requestable()).isFalse();
        assertThat(state.issued().number())
                .matches("\\d{20}")
                .startsWith(String.valueOf(state.issued().issuedOn().getYear()));
        assertThat(state.issued().total()).isEqualTo(Money.yuan(128_000));
        assertThat(state.issued().amount()).isEqualTo(Money.fen(11_327_434));
        assertThat(state.issued().tax()).isEqualTo(Money.fen(1_472_566));
        assertThat(ledger.of(customer.buyer()))
                .filteredOn(entry -> entry.recipient().equals("tax-bureau"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.reference()).isEqualTo(number));

        var pdf = mvc.perform(get("/account/orders/" + number + "/invoice.pdf").with(as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains("电子发票（普通发票）")
                .contains(state.issued().number())
                .contains(COMPANY, CODE)
                .contains("擒纵（上海）信息科技有限公司", "91310000MA1FL8XQ37")
                .contains("劳力士")
                .contains("113274.34", "14725.66", "128000.00", "13%")
                .contains("壹拾贰万捌仟元整");

        assertThat(mvc.perform(get("/api/v1/me/orders/" + number + "/invoice.pdf")
                                .with(as(customer.buyer())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        var page = mvc.perform(get("/account/orders/" + number + "/invoice").with(as(customer.buyer())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"invoice-download\"", state.issued().number());
        assertThat(mvc.perform(get("/account/orders/" + number).with(as(customer.buyer())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/account/orders/" + number + "/invoice");

        titles.delete(customer.buyer(), title);
        assertThat(mvc.perform(get("/account/orders/" + number + "/invoice.pdf").with(as(customer.buyer())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .as("the invoice keeps its own copy of the title")
                .isNotEmpty();
    }

    @Test
    void issuesNothingWithoutARequestAndRefusesARequestAfterReceipt() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer.buyer(), 9_800, "INV02");
        var title = titles.add(customer.buyer(), new EnterTitle("PERSONAL", "欧阳娜娜", null));

        receive(customer.buyer(), order);
        issuing.issue(order.id());
        assertThat(invoicesOf(order)).isZero();

        mvc.perform(put("/api/v1/me/orders/" + order.number().value() + "/invoice")
                        .with(as(customer.buyer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleId\":\"" + title + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/account/orders/" + order.number().value() + "/invoice")
                        .with(as(customer.buyer()))
                        .with(csrf())
                        .param("titleId", title.toString()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from invoice.request where order_id = :id")
                        .param("id", order.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesSomeoneElsesOrderAndSomeoneElsesTitle() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer.buyer(), 9_900, "INV03");
        var own = titles.add(customer.buyer(), new EnterTitle("PERSONAL", "欧阳娜娜", null));
        var other = OrderFixtures.buyerWithAddress(addresses, terms);
        var foreign = titles.add(other.buyer(), new EnterTitle("PERSONAL", "张三", null));
        var number = order.number().value();

        ask(other.buyer(), number, own).andExpect(status().isNotFound());
        ask(customer.buyer(), number, foreign).andExpect(status().isNotFound());
        ask(customer.buyer(), number, "not-an-id").andExpect(status().isNotFound());
        ask(customer.buyer(), "E-nope", own).andExpect(status().isNotFound());
        mvc.perform(get("/account/orders/" + number + "/invoice").with(as(other.buyer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/orders/" + number + "/invoice.pdf").with(as(other.buyer())))
                .andExpect(status().isNotFound());

        var page = mvc.perform(post("/account/orders/" + number + "/invoice")
                        .with(as(customer.buyer()))
                        .with(csrf())
                        .param("titleId", own.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page).isNotNull();
        assertThat(invoices.state(customer.buyer(), order.number()).requested()).isTrue();
    }

    @Test
    void issuesNothingBeforeReceiptAndOnceWhenNodesIssueAtTheSameTime() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer.buyer(), 50_000, "INV04");
        var title = titles.add(customer.buyer(), new EnterTitle("PERSONAL", "欧阳娜娜", null));
        invoices.request(customer.buyer(), order.number(), title);

        issuing.issue(order.id());
        assertThat(invoicesOf(order)).as("not before receipt").isZero();

        receive(customer.buyer(), order);
        var start = new java.util.concurrent.CountDownLatch(1);
        var nodes = java.util.stream.IntStream.range(0, 4)
                .mapToObj(node -> java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    issuing.issue(order.id());
                }))
                .toList();
        start.countDown();
        nodes.forEach(java.util.concurrent.CompletableFuture::join);
        await().atMost(Duration.ofSeconds(20)).until(() -> invoicesOf(order) == 1);
        Thread.sleep(500);

        assertThat(invoicesOf(order)).isEqualTo(1);
        assertThat(ledger.of(customer.buyer()))
                .filteredOn(entry -> entry.recipient().equals("tax-bureau"))
                .hasSize(1);
    }

    private org.springframework.test.web.servlet.ResultActions ask(SubjectId buyer, String number, Object title)
            throws Exception {
        return mvc.perform(put("/api/v1/me/orders/" + number + "/invoice")
                .with(as(buyer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleId\":\"" + title + "\"}"));
    }

    private long invoicesOf(Order order) {
        return jdbc.sql("select count(*) from invoice.invoice where order_id = :id")
                .param("id", order.id().value())
                .query(Long.class)
                .single();
    }

    private void receive(SubjectId buyer, Order order) {
        fulfilment.ship(order.id(), Instant.now());
        buyerOrders.confirmReceipt(buyer, order.number());
    }

    private Order paidOrder(SubjectId buyer, long yuan, String serial) {
        var merchant = merchants
                .register(List.of(MerchantFixtures.merchant(
                        "发票测试表行" + serial, "1380000015" + serial.charAt(serial.length() - 1))))
                .get(0);
        var customerAddress = addresses.list(buyer).get(0).id();
        var id = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial(serial + Long.toString(System.nanoTime(), 36).toUpperCase())
                .withPrice(yuan)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = checkout.place(buyer, id, customerAddress);
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        return order;
    }
}
