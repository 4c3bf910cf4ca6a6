/**
 * What orders ask of other modules without depending on them: the shipping module tells the order
 * pages where a parcel is ({@link io.escapement.order.spi.ParcelTracking}), so that shipping depends
 * on orders and never the other way round.
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.order.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
