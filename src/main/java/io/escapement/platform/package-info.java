/**
 * Infrastructure every capability runs on: the embedded or external PostgreSQL, HTTPS with a
 * generated certificate, web security defaults, the session cookie and problem+json error
 * handling. Depends on no business module; it uses the privacy module's declarations only.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"privacy", "language"})
@ModuleRole(ModuleRole.Role.SHARED)
@NullMarked
package io.escapement.platform;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
