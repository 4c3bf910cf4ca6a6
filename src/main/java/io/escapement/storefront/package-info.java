/**
 * What buyers see: the web storefront (Thymeleaf + htmx, zh-CN first, English second) and the
 * REST API for the mobile apps under {@code /api/v1}.
 */
@ApplicationModule(
        displayName = "Storefront",
        allowedDependencies = {
            "catalog",
            "merchant",
            "privacy",
            "consent",
            "cart",
            "order",
            "review",
            "vault",
            "search",
            "search :: spi",
            "searchhistory",
            "money",
            "party",
            "language"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.storefront;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
