/**
 * The audit trail of access to personal information (P-5): append-only, hash-chained, MAC'd per
 * entry and checkpointed with Ed25519 signatures, verifiable from the command line, with an
 * anomaly rule for bulk reads and each subject's view of who accessed their data (U-1). Owns the
 * {@code audit} schema, on which the application's database role may only insert and select.
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"privacy", "vault", "vault :: spi"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.audit;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
