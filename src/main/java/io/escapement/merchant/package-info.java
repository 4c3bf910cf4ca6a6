/**
 * Merchants: the businesses that list watches. Keeps business facts only; contact persons will
 * be held by the personal-data vault. Owns the {@code merchant} schema.
 */
@ApplicationModule(
        displayName = "Merchant",
        allowedDependencies = {})
@NullMarked
package io.escapement.merchant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
