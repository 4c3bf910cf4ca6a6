package io.escapement.invoice;

import io.escapement.catalog.Catalog;
import io.escapement.invoice.spi.InvoiceIssuer;
import io.escapement.invoice.spi.IssueRequest;
import io.escapement.order.BuyerOrders;
import io.escapement.order.FulfilmentState;
import io.escapement.order.OrderEvents.OrderReceived;
import io.escapement.order.OrderId;
import io.escapement.privacy.Category;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.Disclosure;
import io.escapement.sharing.SharingGateway;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the e-invoice of a received order the buyer asked one for, once (U-5, ADR 49): the
 * request row is locked while the invoice is issued, and {@code invoice.invoice} has one row per
 * order, so a receipt event delivered twice, or to two nodes, issues one invoice. The amount is
 * what the buyer paid (the order's total less refunds), VAT at {@value TaxSplit#GOODS_RATE}%
 * included. The tax bureau gets the title only through the sharing gateway ({@code
 * LEGAL_OBLIGATION}); the invoice keeps its own sealed copy of the title, so deleting the title
 * later leaves the invoice readable.
 */
@Component
class InvoiceIssuing {

    static final String SUBJECT_KIND = "invoice";
    /** The tax classification's short name (税收分类编码简称) for watches, as the item line starts. */
    static final String ITEM_CLASS = "*钟表*";

    private static final Accessor ISSUING = Accessor.system("invoice-issuing");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(InvoiceIssuing.class);

    private final IssuedInvoices invoices;
    private final InvoiceTitles titles;
    private final BuyerOrders orders;
    private final Catalog catalog;
    private final SharingGateway gateway;
    private final InvoiceIssuer issuer;
    private final PersonalDataVault vault;
    private final Clock clock;

    @NotPersonalData("the platform operator's registered company name, printed as the seller")
    private final String sellerName;

    private final String sellerTaxNumber;

    InvoiceIssuing(
            IssuedInvoices invoices,
            InvoiceTitles titles,
            BuyerOrders orders,
            Catalog catalog,
            SharingGateway gateway,
            InvoiceIssuer issuer,
            PersonalDataVault vault,
            Clock clock,
            @Value("${escapement.invoice.seller-name}") String sellerName,
            @Value("${escapement.invoice.seller-tax-number}") String sellerTaxNumber) {
        this.invoices = invoices;
        this.titles = titles;
        this.orders = orders;
        this.catalog = catalog;
        this.gateway = gateway;
        this.issuer = issuer;
        this.vault = vault;
        this.clock = clock;
        this.sellerName = sellerName;
        this.sellerTaxNumber = CreditCode.parse(sellerTaxNumber).value();
    }

    @ApplicationModuleListener
    void on(OrderReceived received) {
        issue(received.order());
    }

    /** Issues the order's invoice when it was received, asked for and is not issued yet; does nothing otherwise. */
    @Transactional
    void issue(OrderId id) {
        var request = invoices.lockRequest(id).orElse(null);
        if (request == null || invoices.of(id).isPresent()) {
            return;
        }
        var order = orders.find(request.buyer(), request.number()).orElse(null);
        if (order == null) {
            log.info("No invoice for order {}: the buyer's order is gone", id);
            return;
        }
        if (order.fulfilment() != FulfilmentState.RECEIVED) {
            return;
        }
        var paid = order.total().minus(order.refunded());
        if (!paid.isPositive()) {
            log.info("No invoice for order {}: refunded in full", id);
            return;
        }
        var title = titles.forIssuing(request.buyer(), request.title(), ISSUING).orElse(null);
        if (title == null) {
            log.info("No invoice for order {}: the title asked for was deleted", id);
            return;
        }
        var split = TaxSplit.of(paid, TaxSplit.GOODS_RATE);
        var item = ITEM_CLASS
                + catalog.listing(order.listing())
                        .map(listing -> listing.title().zh())
                        .orElse("腕表");
        var today = LocalDate.now(clock.withZone(BEIJING));
        var disclosure = Disclosure.to(
                        issuer.recipient(),
                        Purpose.LEGAL_OBLIGATION,
                        request.buyer(),
                        request.number().value())
                .field("buyerName", Category.USER_NAME, title.holder().name())
                .field("amount", Category.USER_TRANSACTION, split.total().formatted());
        var code = title.holder().taxNumber();
        if (code != null) {
            disclosure.field("buyerTaxNumber", Category.USER_TRANSACTION, code);
        }
        var shared = gateway.share(disclosure);
        var issued = issuer.issue(new IssueRequest(
                request.number().value(),
                shared.get("buyerName"),
                shared.has("buyerTaxNumber") ? shared.get("buyerTaxNumber") : null,
                item,
                split.amount(),
                split.tax(),
                split.total(),
                split.ratePercent(),
                today));
        var sealed = vault.newSubject(SUBJECT_KIND);
        vault.store(sealed, title.holder());
        invoices.insert(
                new IssuedInvoices.Row(
                        id,
                        request.buyer(),
                        sealed,
                        title.kind(),
                        item,
                        split,
                        sellerName,
                        sellerTaxNumber,
                        issued.number(),
                        issued.code(),
                        today),
                shared.entry(),
                clock.instant());
    }
}
