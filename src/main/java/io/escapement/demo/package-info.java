/**
 * Demo data: merchants and listings generated deterministically from a seed, so a fresh clone
 * shows a full shop and benchmarks can ask for a million listings, and their photos, drawn with
 * Java2D behind the catalog's {@code PhotoPainter} SPI.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"catalog", "catalog :: spi", "merchant", "privacy", "money", "party", "language"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.demo;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
