package io.escapement.invoice.web;

import io.escapement.invoice.InvoiceState;
import io.escapement.invoice.Invoices;
import io.escapement.vault.SubjectId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An order's invoice for the apps (U-5): where it stands, asking for it with one of the buyer's
 * titles until receipt ({@code PUT}, CSRF), and the issued e-invoice as a PDF. Another buyer's
 * order, or an unknown title, is a 404; too late a 409.
 */
@RestController
class OrderInvoiceApi {

    /** Which title the invoice is made out to. */
    record AskForInvoice(@Nullable String titleId) {}

    private final Invoices invoices;

    OrderInvoiceApi(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping(path = "/api/v1/me/orders/{number}/invoice", produces = "application/json")
    InvoiceState state(Authentication buyer, @PathVariable String number) {
        return invoices.state(SubjectId.ofBuyer(buyer), InvoiceWeb.order(number));
    }

    @PutMapping(
            path = "/api/v1/me/orders/{number}/invoice",
            consumes = "application/json",
            produces = "application/json")
    InvoiceState request(Authentication buyer, @PathVariable String number, @RequestBody AskForInvoice input) {
        var title = InvoiceWeb.title(input.titleId() == null ? "" : input.titleId());
        return invoices.request(SubjectId.ofBuyer(buyer), InvoiceWeb.order(number), title);
    }

    @GetMapping(path = "/api/v1/me/orders/{number}/invoice.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(Authentication buyer, @PathVariable String number, Locale locale) {
        var order = InvoiceWeb.order(number);
        return InvoiceWeb.pdf(order.value(), invoices.pdf(SubjectId.ofBuyer(buyer), order, locale));
    }
}
