/**
 * The shopping cart. A guest's cart lives only in a first-party cookie holding listing ids, so it
 * works without an account and clearing cookies simply empties it (K-1, K-2); merging it into an
 * account's cart at sign-in comes with accounts.
 */
@ApplicationModule(
        displayName = "Cart",
        allowedDependencies = {"catalog", "privacy", "money", "party"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.cart;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
