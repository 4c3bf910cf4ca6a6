/**
 * Privacy as code: personal-information value types that validate, normalise and mask
 * themselves; the {@code @PersonalData} declarations and the data map built from them; the
 * purposes, categories and grades every other privacy module works with; cookie declarations
 * and the regions that decide what is a cross-border transfer. Depends on no other module.
 */
@ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"language"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.privacy;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
