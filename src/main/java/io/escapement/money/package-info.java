/**
 * Money as one value: an exact amount in the currency's minor unit (fen for the yuan) with its
 * currency. No floating point anywhere. Depends on no other module; every module that prices
 * something uses it.
 */
@ApplicationModule(
        displayName = "Money",
        allowedDependencies = {})
@ModuleRole(ModuleRole.Role.SHARED)
@NullMarked
package io.escapement.money;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
