/**
 * The watch catalog: brands, model families, references and listings (one physical watch each),
 * with their photos. Owns the {@code catalog} schema.
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"privacy", "money", "party", "language"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.catalog;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
