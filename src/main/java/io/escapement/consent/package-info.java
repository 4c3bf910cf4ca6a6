/**
 * Consent: an append-only ledger of every grant and revocation, and the one guard that all
 * processing consults. Purposes resting on consent fail closed without a current grant; the
 * others are untouched by revocations. Owns the {@code consent} schema. Keeps C-8 (ledger and
 * guard), C-9, C-15 and U-10.
 */
@ApplicationModule(
        displayName = "Consent",
        allowedDependencies = {"privacy", "policy", "vault", "vault :: spi", "language"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.consent;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
