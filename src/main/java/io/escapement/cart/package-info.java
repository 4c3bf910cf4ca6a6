/**
 * The shopping cart (K-1, K-2). A guest's cart lives only in a first-party cookie holding listing
 * ids, so it works without an account and clearing cookies simply empties it. A signed-in buyer's
 * cart is kept in the {@code cart} schema under the buyer's subject id, with each watch's price
 * when added; at sign-in ({@code account :: spi} {@code SignInStep}) the guest cart is merged into
 * it and its cookie cleared (ADR 32). The cart page, the header badge and {@code /api/v1/me/cart}
 * show each watch's current price, a price change and its availability. Owns the {@code cart}
 * schema; erased with the buyer ({@code privacy.SubjectErased}).
 */
@ApplicationModule(
        displayName = "Cart",
        allowedDependencies = {"catalog", "privacy", "money", "party", "vault", "language", "account :: spi", "order"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.cart;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
