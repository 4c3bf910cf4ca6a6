/**
 * Where accounts meet the outside world: the SMS and e-mail gateways, cancellation blockers, and the
 * steps other modules take as a buyer signs in.
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.account.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
