package io.escapement.payment.sandbox;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.MerchantOrders;
import io.escapement.order.OrderFixtures;
import io.escapement.order.PaymentState;
import io.escapement.party.MerchantId;
import io.escapement.payment.Payments;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.SharedEntry;
import io.escapement.sharing.SharingLedger;
import io.escapement.testing.ResidueScan;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The raw-dump test of a purchase (S-1, S-5): after a buyer checks out, pays through the provider
 * and the merchant sees the order, neither the database nor the logs nor anything that left the
 * platform (what the provider was told, its callback, the merchant's view) holds the recipient's
 * name, phone or address line in plaintext. The provider saw the reference and the amount; the
 * merchant saw masked values and the city; both disclosures are in the sharing ledger.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.order.reservation-ttl=PT6S",
            "escapement.payment.sandbox.forgery-switch=true",
            "escapement.payment.sandbox.late-by=PT1S"
        })
@ExtendWith(OutputCaptureExtension.class)
class PurchaseResidueTests {

    @Autowired
    Payments payments;

    @Autowired
    SandboxBank bank;

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders orders;

    @Autowired
    MerchantOrders merchantOrders;

    @Autowired
    SharingLedger sharing;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void aPurchaseLeavesNoPlaintextInTheDatabaseTheLogsOrWhatLeftThePlatform(CapturedOutput output) throws Exception {
        var merchant = new MerchantId(87);
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("RESIDUE01")
                .withPrice(118_000)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = checkout.place(customer.buyer(), listing, customer.address());
        var target = payments.start(customer.buyer(), order.number(), "sandbox")
                .target()
                .toString();
        var token = URLDecoder.decode(target.substring(target.indexOf("order=") + 6), StandardCharsets.UTF_8);
        var toProvider = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        var sandboxOrder = bank.open(token).orElseThrow();
        var callback = bank.callback(sandboxOrder, SandboxBank.Outcome.PAID);
        assertThat(bank.send(sandboxOrder, callback)).isEqualTo(200);
        assertThat(orders.find(customer.buyer(), order.number()).orElseThrow().payment())
                .isEqualTo(PaymentState.PAID);
        var merchantView = merchantOrders.find(merchant, order.number()).orElseThrow();

        var outbound =
                List.of(target, toProvider, new String(callback, StandardCharsets.UTF_8), merchantView.toString());
        var plaintext = new String[] {OrderFixtures.RECIPIENT, OrderFixtures.PHONE, OrderFixtures.DETAIL};
        for (var value : plaintext) {
            assertThat(outbound).noneMatch(body -> body.contains(value));
            assertThat(output.getAll()).doesNotContain(value);
        }
        assertThat(toProvider)
                .contains(sandboxOrder.reference(), "11800000", "腕表订单")
                .doesNotContain("126610LV", "RESIDUE01");
        assertThat(merchantView.recipientMasked()).contains("*").startsWith(OrderFixtures.RECIPIENT.substring(0, 1));
        assertThat(merchantView.phoneMasked()).isEqualTo("139****5678");
        assertThat(merchantView.city()).contains("深圳");
        assertThat(sharing.of(customer.buyer()))
                .extracting(SharedEntry::recipient, SharedEntry::purpose)
                .contains(tuple("sandbox", Purpose.PAYMENT), tuple("merchants", Purpose.ORDER_FULFILMENT));
        ResidueScan.of(admin).assertNoneOf(plaintext);
    }
}
