/**
 * Staff accounts: platform staff with least-privilege roles (customer service, inspector,
 * operations, protection officer, security, administrator) and merchant staff scoped to one
 * merchant. Every staff sign-in takes a password and a second factor (a TOTP code, or one of the
 * member's single-use recovery codes) (keeps P-4, P-7). Owns the {@code staff} schema and the
 * security filter chain of {@code /console}, {@code /merchant} and {@code /staff}.
 */
@ApplicationModule(
        displayName = "Staff",
        allowedDependencies = {"privacy", "vault", "throttle", "party"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.staff;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
