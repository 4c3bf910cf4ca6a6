/**
 * Demo data: merchants and listings generated deterministically from a seed, so a fresh clone
 * shows a full shop and benchmarks can ask for a million listings.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"catalog", "merchant", "privacy", "money", "party"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.demo;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
