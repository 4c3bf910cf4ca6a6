/**
 * Invoices (发票, issue 15, U-5): a buyer's invoice titles, at most {@value
 * io.escapement.invoice.InvoiceTitles#LIMIT}, personal (a name) or a company (its name and {@link
 * io.escapement.invoice.CreditCode}), each sealed in the vault under a data subject of its own that
 * is shredded when the title is deleted; the buyer's request for an invoice for an order; and the
 * e-invoice the platform issues once after receipt through the tax bureau's {@link
 * io.escapement.invoice.spi.InvoiceIssuer}, which gets the title only through the sharing gateway
 * (ADR 49). Owns the {@code invoice} schema.
 */
@ApplicationModule(
        displayName = "Invoices",
        allowedDependencies = {
            "order",
            "catalog",
            "money",
            "privacy",
            "vault",
            "language",
            "sharing",
            "platform::pdf",
            "account :: spi"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.invoice;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
