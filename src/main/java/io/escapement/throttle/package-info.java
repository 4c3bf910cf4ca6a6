/**
 * Back-off for guessing secrets: every attempt at a password or a second factor is counted per
 * keyed digest of the identifier tried and of the client trying it, whether or not the identifier
 * has an account, and committed at once (C-1, P-4). Owns the {@code throttle} schema.
 */
@ApplicationModule(
        displayName = "Throttle",
        allowedDependencies = {"vault"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.throttle;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
