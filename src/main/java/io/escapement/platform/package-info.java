/**
 * Infrastructure every capability runs on: the embedded or external PostgreSQL, HTTPS with a
 * generated certificate, web security defaults and problem+json error handling. Depends on no
 * business module.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@NullMarked
package io.escapement.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
