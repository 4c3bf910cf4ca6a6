/**
 * Payment: a buyer pays an order through a provider (Alipay, WeChat Pay, UnionPay, or the sandbox
 * in development), the provider's signed callback confirms it, and the money is held in escrow in
 * a double-entry ledger. Once the order's receipt is confirmed and its return window is over, the
 * escrow goes to the merchant's payable account less the platform's fee (ADR 46); merchants read
 * their statements per month. Providers receive the order's reference, the amount and a subject line,
 * through the sharing gateway; never a name, phone, address or serial number (S-1, S-5).
 */
@ApplicationModule(
        displayName = "Payment",
        allowedDependencies = {
            "order",
            "money",
            "party",
            "privacy",
            "vault",
            "language",
            "sharing",
            "platform::tls",
            "account :: spi"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.payment;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
