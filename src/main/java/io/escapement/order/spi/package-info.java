/**
 * What orders ask of other modules without depending on them: the shipping module tells the order
 * pages where a parcel is ({@link io.escapement.order.spi.ParcelTracking}), so that shipping depends
 * on orders and never the other way round; the after-sales module tells the merchant's order page about
 * an order's return case ({@link io.escapement.order.spi.AfterSalesCases}).
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.order.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
