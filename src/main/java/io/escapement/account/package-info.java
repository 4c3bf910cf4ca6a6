/**
 * Buyers' accounts and identity: registration and sign-in by SMS code, passkey, or e-mail and
 * password (with abuse controls and no account enumeration); server-side sessions; account
 * settings; real-name verification; minors and guardian consent; compromise reports; cancellation
 * with a regret period, and the purge job that erases an account durably. Owns the {@code account}
 * schema. The {@link io.escapement.account.Account} aggregate owns the account's status (ADR 27);
 * the capabilities live in sub-packages, internal to the module: {@code signin}, {@code closing},
 * {@code minors} and the pages in {@code web}.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {
            "privacy",
            "vault",
            "policy",
            "consent",
            "consent :: spi",
            "audit",
            "sharing",
            "throttle",
            "language"
        })
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.account;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
