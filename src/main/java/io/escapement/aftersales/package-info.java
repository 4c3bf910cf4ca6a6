/**
 * After-sales (issue 14): 7-day no-reason returns (七天无理由退货) and disputes of a delivered order.
 * A {@link io.escapement.aftersales.ReturnCase} owns its states and timeline; while a case is open its
 * order is held from settlement (order's {@code OrderAfterSales}); the return parcel goes through
 * the shipping module's carrier, and the refund through the payment module to the original payment
 * method (ADR 48). Depends on order, payment and shipping, never the other way round.
 */
@ApplicationModule(
        displayName = "After-sales",
        allowedDependencies = {
            "order",
            "order :: spi",
            "payment",
            "shipping",
            "visual",
            "account",
            "account :: spi",
            "staff",
            "money",
            "privacy",
            "vault",
            "language",
            "party"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.aftersales;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
