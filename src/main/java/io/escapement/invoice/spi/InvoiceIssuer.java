package io.escapement.invoice.spi;

/** The tax bureau's e-invoice service: issues an e-invoice (电子发票（普通发票）) and answers its number. */
public interface InvoiceIssuer {

    /**
     * The recipient id of the policy's registry that receives the buyer's title through the sharing
     * gateway, e.g. {@code tax-bureau}.
     */
    String recipient();

    /**
     * Issues the invoice.
     *
     * @return the invoice's number and code, unique across every invoice the service issued
     */
    IssuedNumber issue(IssueRequest request);
}
