/**
 * The operations console for platform staff: the customer-service look-up of a buyer, the data map, the audit trail's verification and
 * its anomalies, the privacy policy's versions and the security team's cases. Staff sign in with a
 * second factor, and each page is open to the roles listed in the staff module's security table.
 */
@ApplicationModule(
        displayName = "Console",
        allowedDependencies = {"privacy", "audit", "policy", "account", "staff", "vault"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.console;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
