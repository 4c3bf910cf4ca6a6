/**
 * The personal-data vault: the only place personal information is stored and decrypted. Each data
 * subject has its own data key, wrapped by the master key; fields are sealed with AEAD bound to
 * their subject and field; blind indexes allow exact-match look-ups; shredding a subject destroys
 * its key. Reads name a purpose and an accessor, and staff or partner reads are audited. Owns the
 * {@code vault} schema. Keeps P-2, P-3, C-14 and lays the ground for R-3.
 */
@ApplicationModule(
        displayName = "Vault",
        allowedDependencies = {"privacy"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.vault;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
