/**
 * Shipping (issue 14): the merchant's shipments of paid orders and the carriers' tracking. A carrier
 * is an adapter behind {@link io.escapement.shipping.spi.Carrier} (the sandbox carrier in
 * development, modelled on SF Express's open platform); its signed tracking webhook is verified by
 * the adapter, stored once per (carrier, event id), and moves the shipment forward only, never
 * back. A delivery event delivers the order. Depends on order, never the other way round (ADR 43).
 */
@ApplicationModule(
        displayName = "Shipping",
        allowedDependencies = {
            "order",
            "order :: spi",
            "merchant",
            "staff",
            "money",
            "privacy",
            "vault",
            "language",
            "sharing",
            "party",
            "platform::tls",
            "platform::pdf"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.shipping;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
