/**
 * The seam between the payment module and each provider's protocol: one {@link
 * io.escapement.payment.spi.PaymentProvider} per provider, speaking its real wire format and
 * signatures. The payment module decides what a verified callback means; an adapter only signs,
 * verifies and translates.
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.payment.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
