package io.escapement.cart;

import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import java.time.Instant;

/**
 * One watch in a signed-in buyer's cart, as it was when the buyer added it.
 *
 * @param priceWhenAdded the asking price at that time, to tell the buyer when it has changed
 */
public record CartItem(ListingId listingId, Money priceWhenAdded, Instant addedAt) {}
