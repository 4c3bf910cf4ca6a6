/**
 * The seam between the shipping module and each carrier's protocol: one {@link
 * io.escapement.shipping.spi.Carrier} per carrier, speaking its wire format and signatures. The
 * shipping module decides what a verified tracking event means; an adapter only books, signs,
 * verifies and translates (ADR 43).
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.shipping.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
