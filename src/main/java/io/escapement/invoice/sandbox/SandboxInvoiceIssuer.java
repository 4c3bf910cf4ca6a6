package io.escapement.invoice.sandbox;

import io.escapement.invoice.spi.InvoiceIssuer;
import io.escapement.invoice.spi.IssueRequest;
import io.escapement.invoice.spi.IssuedNumber;
import io.escapement.sharing.OutboundAdapter;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sandbox e-invoice service. A number is the issue year and a 16-digit sequence ({@code
 * invoice.sandbox_number}), so it has the real 20 digits and is unique across nodes; the code is
 * {@code SANDBOX} and the year, so no one takes a sandbox invoice for a real one. It receives the
 * title only in the {@link IssueRequest} the sharing gateway let through, and keeps none of it.
 */
@Component
@OutboundAdapter("tax-bureau")
class SandboxInvoiceIssuer implements InvoiceIssuer {

    private final JdbcClient jdbc;

    SandboxInvoiceIssuer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recipient() {
        return "tax-bureau";
    }

    @Override
    public IssuedNumber issue(IssueRequest request) {
        if (request.buyerName().isBlank() || !request.total().isPositive()) {
            throw new IllegalArgumentException("The sandbox issues no invoice without a buyer or an amount.");
        }
        long sequence = jdbc.sql("select nextval('invoice.sandbox_number')")
                .query(Long.class)
                .single();
        int year = request.issuedOn().getYear();
        return new IssuedNumber(String.format(Locale.ROOT, "%04d%016d", year, sequence), "SANDBOX" + year);
    }
}
