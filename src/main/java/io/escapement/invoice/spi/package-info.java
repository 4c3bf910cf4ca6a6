/**
 * The seam between the invoice module and the tax bureau's e-invoice service (全国统一电子发票服务平台):
 * one {@link io.escapement.invoice.spi.InvoiceIssuer}. The invoice module decides when and for how
 * much an invoice is issued; an adapter only issues it and answers its number (ADR 49).
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.invoice.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
