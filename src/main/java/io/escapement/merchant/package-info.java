/**
 * Merchants: the businesses that list watches. Keeps business facts only; its contact person is
 * personal information, held by the vault. Merchant staff work in the merchant portal
 * ({@code /merchant}), which shows their own merchant's listings and paid orders only (P-7). Owns the {@code
 * merchant} schema.
 */
@ApplicationModule(
        displayName = "Merchant",
        allowedDependencies = {
            "privacy",
            "vault",
            "catalog",
            "staff",
            "visual",
            "money",
            "party",
            "language",
            "order",
            "payment",
            "order :: spi"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.merchant;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
