package io.escapement.invoice;

import io.escapement.order.BuyerOrders;
import io.escapement.order.CheckoutState;
import io.escapement.order.FulfilmentState;
import io.escapement.order.Order;
import io.escapement.order.OrderNumber;
import io.escapement.order.PaymentState;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's invoices (issue 15, U-5): asking for one for an order with one of their titles, until
 * receipt; where it stands; and the issued e-invoice as a PDF. Nobody else's order is ever found,
 * nor said to exist (404). The invoice itself is issued after receipt by {@link InvoiceIssuing}.
 */
@Service
public class Invoices {

    private static final Accessor PDF = Accessor.system("invoice-pdf");

    private final BuyerOrders orders;
    private final InvoiceTitles titles;
    private final IssuedInvoices invoices;
    private final PersonalDataVault vault;
    private final InvoicePdf pdf;
    private final Clock clock;

    Invoices(
            BuyerOrders orders,
            InvoiceTitles titles,
            IssuedInvoices invoices,
            PersonalDataVault vault,
            InvoicePdf pdf,
            Clock clock) {
        this.orders = orders;
        this.titles = titles;
        this.invoices = invoices;
        this.vault = vault;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * Asks for an invoice for the order made out to one of the buyer's titles; asking again changes
     * the title. Nothing is issued before receipt.
     *
     * @throws InvoiceRefused 404 when the buyer has no such order or title; 409 when the order was
     *     closed, refunded in full or received already
     */
    @Transactional
    public InvoiceState request(SubjectId buyer, OrderNumber number, InvoiceTitleId title) {
        var order = order(buyer, number);
        if (!titles.has(buyer, title)) {
            throw InvoiceTitles.unknown();
        }
        if (!requestable(order)) {
            throw new InvoiceRefused(HttpStatus.CONFLICT, "invoice.request.tooLate");
        }
        invoices.request(new IssuedInvoices.Request(order.id(), number, buyer, title), clock.instant());
        return state(buyer, number);
    }

    /**
     * Where the order's invoice stands.
     *
     * @throws InvoiceRefused 404 when the buyer has no such order
     */
    @Transactional(readOnly = true)
    public InvoiceState state(SubjectId buyer, OrderNumber number) {
        var order = order(buyer, number);
        var request = invoices.request(buyer, number);
        var title = request.filter(asked -> titles.has(buyer, asked.title()))
                .map(asked -> titles.card(buyer, asked.title()))
                .orElse(null);
        var issued = invoices.of(order.id())
                .map(row -> new InvoiceState.Issued(
                        row.number(),
                        row.code(),
                        row.issuedOn(),
                        row.split().amount(),
                        row.split().tax(),
                        row.split().total()))
                .orElse(null);
        return new InvoiceState(
                number.value(), request.isPresent(), issued == null && requestable(order), title, issued);
    }

    /**
     * The issued e-invoice of the order as a PDF, its captions in the given language.
     *
     * @throws InvoiceRefused 404 when the buyer has no such order, or its invoice is not issued (yet)
     */
    @Transactional(readOnly = true)
    public byte[] pdf(SubjectId buyer, OrderNumber number, Locale locale) {
        var order = order(buyer, number);
        var row = invoices.of(order.id()).orElseThrow(() -> InvoiceRefused.notFound("invoice.notIssued"));
        var name = vault.reveal(row.sealed(), TitleHolder.class, "name", String.class, Purpose.LEGAL_OBLIGATION, PDF);
        var tax =
                vault.reveal(row.sealed(), TitleHolder.class, "taxNumber", String.class, Purpose.LEGAL_OBLIGATION, PDF);
        if (!(name instanceof Read.Present<String> buyerName)) {
            throw InvoiceRefused.notFound("invoice.notIssued");
        }
        return pdf.render(
                row,
                new TitleHolder(buyerName.value(), tax instanceof Read.Present<String> code ? code.value() : null),
                locale);
    }

    private Order order(SubjectId buyer, OrderNumber number) {
        return orders.find(buyer, number).orElseThrow(Invoices::unknownOrder);
    }

    /** The refusal of an order the buyer did not place (404). */
    public static InvoiceRefused unknownOrder() {
        return InvoiceRefused.notFound("invoice.order.notFound");
    }

    /** Until receipt, for an order neither closed nor refunded in full. */
    static boolean requestable(Order order) {
        return order.checkout() != CheckoutState.CLOSED
                && order.payment() != PaymentState.REFUNDED
                && order.fulfilment() != FulfilmentState.RECEIVED;
    }
}
