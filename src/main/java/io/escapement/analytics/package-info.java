/**
 * First-party visit counting (K-3): page views counted in aggregate per day and page type, and
 * linked to a signed-in visitor only under the ANALYTICS consent, and then only through a keyed
 * pseudonym (C-11). No third-party beacons or cookies. Owns the {@code analytics} schema.
 */
@ApplicationModule(
        displayName = "Analytics",
        allowedDependencies = {"privacy", "vault", "consent"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.analytics;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
