/** Where accounts meet the outside world: the SMS and e-mail gateways, and cancellation blockers. */
@NamedInterface("spi")
@NullMarked
package io.escapement.account.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
