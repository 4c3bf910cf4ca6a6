/**
 * Demo data: merchants and listings generated deterministically from a seed, so a fresh clone
 * shows a full shop and benchmarks can ask for a million listings.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"catalog", "merchant", "privacy"})
@NullMarked
package io.escapement.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
