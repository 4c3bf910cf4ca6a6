package io.escapement.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.Availability;
import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Brand;
import io.escapement.catalog.Condition;
import io.escapement.catalog.Hold;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingStatus;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules of a buyer's cart and of the merge at sign-in (K-1, ADR 32), without Spring. */
class AccountCartTests {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void admitsAWatchOnSaleAtItsPriceNowAndOnlyOnce() {
        var watch = listing(1, ListingStatus.ON_SALE, null);
        var item = AccountCart.EMPTY.admit(watch, NOW).orElseThrow();
        assertThat(item).isEqualTo(new CartItem(watch.id(), Money.yuan(50_000), NOW));
        assertThat(new AccountCart(List.of(item)).admit(watch, NOW.plusSeconds(5)))
                .isEmpty();
    }

    @Test
    void refusesAWatchAnotherBuyerHoldsOrThatIsSold() {
        var held = listing(1, ListingStatus.ON_SALE, new Hold(UUID.randomUUID(), NOW.plus(Duration.ofMinutes(15))));
        assertThatThrownBy(() -> AccountCart.EMPTY.admit(held, NOW))
                .isInstanceOf(CartRefusal.NotForSale.class)
                .hasMessage("cart.heldByAnother");
        assertThatThrownBy(() -> AccountCart.EMPTY.admit(listing(2, ListingStatus.SOLD, null), NOW))
                .isInstanceOf(CartRefusal.NotForSale.class)
                .hasMessage("cart.sold");
        var lapsed = listing(3, ListingStatus.ON_SALE, new Hold(UUID.randomUUID(), NOW.minusSeconds(1)));
        assertThat(AccountCart.EMPTY.admit(lapsed, NOW)).isPresent();
    }

    @Test
    void refusesATwentyFirstWatch() {
        var full = cartOf(LongStream.rangeClosed(1, GuestCart.MAX_ITEMS));
        assertThatThrownBy(() -> full.admit(listing(21, ListingStatus.ON_SALE, null), NOW))
                .isInstanceOf(GuestCart.CartFull.class);
        assertThat(full.admit(listing(20, ListingStatus.ON_SALE, null), NOW))
                .as("one in the cart already is no addition")
                .isEmpty();
    }

    @Test
    void mergesTheGuestsNewWatchesAfterTheBuyersOwn() {
        var account = cartOf(LongStream.of(1));
        var guest = List.of(listing(2, ListingStatus.ON_SALE, null), listing(1, ListingStatus.ON_SALE, null));
        assertThat(account.merging(guest, NOW)).extracting(CartItem::listingId).containsExactly(new ListingId(2));
    }

    @Test
    void mergesHeldWatchesButLeavesSoldOnesOutAndStopsAtTwenty() {
        var account = cartOf(LongStream.rangeClosed(1, GuestCart.MAX_ITEMS - 2));
        var guest = List.of(
                listing(100, ListingStatus.SOLD, null),
                listing(101, ListingStatus.ON_SALE, new Hold(UUID.randomUUID(), NOW.plusSeconds(60))),
                listing(102, ListingStatus.ON_SALE, null),
                listing(103, ListingStatus.ON_SALE, null));
        assertThat(account.merging(guest, NOW))
                .extracting(CartItem::listingId)
                .containsExactly(new ListingId(101), new ListingId(102));
        assertThat(cartOf(LongStream.rangeClosed(1, GuestCart.MAX_ITEMS)).merging(guest, NOW))
                .isEmpty();
    }

    @Test
    void marksAChangedPriceAndShowsAWithdrawnWatchAsGone() {
        var repriced = listing(1, ListingStatus.ON_SALE, null);
        var line = CartLine.of(repriced.id(), repriced, Money.yuan(60_000), NOW, null);
        assertThat(line.priceChanged()).isTrue();
        assertThat(line.price()).isEqualTo(Money.yuan(50_000));
        assertThat(line.checkoutable()).isTrue();
        var gone = CartLine.of(new ListingId(2), null, Money.yuan(60_000), NOW, null);
        assertThat(gone.availability()).isEqualTo(Availability.GONE);
        assertThat(gone.priceChanged()).isFalse();
        assertThat(gone.checkoutable()).isFalse();
        var held = listing(3, ListingStatus.ON_SALE, new Hold(UUID.randomUUID(), NOW.plusSeconds(60)));
        var cart = new CartView(List.of(line, gone, CartLine.of(held.id(), held, held.price(), NOW, null)));
        assertThat(cart.count()).isEqualTo(3);
        assertThat(cart.total()).as("only what can go on to checkout").isEqualTo(Money.yuan(50_000));
    }

    private static AccountCart cartOf(LongStream ids) {
        var items = new ArrayList<CartItem>();
        ids.forEach(id -> items.add(new CartItem(new ListingId(id), Money.yuan(1_000), NOW)));
        return new AccountCart(items);
    }

    /** A listing with only what the cart reads: id, price, status and hold. */
    @SuppressWarnings("NullAway")
    private static Listing listing(long id, ListingStatus status, @Nullable Hold hold) {
        return new Listing(
                new ListingId(id),
                new Brand("rolex", "Rolex", "劳力士", List.of(), "CH", 1905),
                null,
                new MerchantId(1),
                "****0001",
                2021,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                Money.yuan(50_000),
                "上海",
                status,
                hold,
                0,
                "",
                "",
                NOW.minus(Duration.ofDays(1)));
    }
}
