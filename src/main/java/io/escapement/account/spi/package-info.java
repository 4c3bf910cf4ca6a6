/** Where accounts meet the outside world: the SMS gateway. */
@NamedInterface("spi")
@NullMarked
package io.escapement.account.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
