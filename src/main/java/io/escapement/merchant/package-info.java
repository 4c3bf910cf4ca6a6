/**
 * Merchants: the businesses that list watches. Keeps business facts only; its contact person is
 * personal information, held by the vault. Owns the {@code merchant} schema.
 */
@ApplicationModule(
        displayName = "Merchant",
        allowedDependencies = {"privacy", "vault"})
@NullMarked
package io.escapement.merchant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
