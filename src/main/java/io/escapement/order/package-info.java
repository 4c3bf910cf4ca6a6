/**
 * Orders: a buyer's order for one watch, with its checkout, payment and fulfilment states and
 * their timeline. An order reserves its watch through the catalog's hold, which the database
 * grants to one buyer only. Holds no personal information of its own. The merchant selling a watch
 * sees its paid orders ({@link io.escapement.order.MerchantOrders}) through the sharing gateway.
 * Checkout asks for the terms of service in effect when the buyer has not accepted that version
 * (policy module, ADR 42).
 */
@ApplicationModule(
        displayName = "Orders",
        allowedDependencies = {
            "catalog",
            "address",
            "money",
            "privacy",
            "vault",
            "language",
            "party",
            "sharing",
            "consent",
            "policy",
            "account :: spi"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.order;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
