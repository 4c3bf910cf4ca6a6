/**
 * Search history (C-3, U-3): a signed-in buyer's searches, sealed in the vault for re-entry and
 * erased with the buyer, and popular searches, counted per keyword and day with no link to who
 * searched. Owns the {@code searchhistory} schema.
 */
@ApplicationModule(
        displayName = "Search history",
        allowedDependencies = {"privacy", "vault"})
@NullMarked
package io.escapement.searchhistory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
