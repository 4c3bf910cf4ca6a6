/**
 * Search history (C-3, U-3): a signed-in buyer's searches, sealed in the vault for re-entry and
 * erased with the buyer, and popular searches: catalogue words only, shown once enough distinct
 * searchers used them, counted by keyed pseudonyms that are deleted with their week. Owns the
 * {@code searchhistory} schema.
 */
@ApplicationModule(
        displayName = "Search history",
        allowedDependencies = {"privacy", "vault", "search", "search :: spi"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.searchhistory;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
