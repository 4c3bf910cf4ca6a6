package io.escapement.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.ListingId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestCartTests {

    @Test
    void roundTripsThroughItsCookieValue() {
        var cart = GuestCart.EMPTY.with(id(12)).with(id(905)).with(id(12));
        assertThat(cart.listingIds()).containsExactly(id(12), id(905));
        assertThat(cart.toCookie()).isEqualTo("12.905");
        assertThat(GuestCart.fromCookie("12.905")).isEqualTo(cart);
        assertThat(cart.without(id(12)).listingIds()).containsExactly(id(905));
    }

    @Test
    void readsAnythingUnreadableAsAnEmptyCart() {
        for (var value : new String[] {"", "abc", "1..2", "1.2.", "-5", "1".repeat(30), null}) {
            assertThat(GuestCart.fromCookie(value)).as(String.valueOf(value)).isEqualTo(GuestCart.EMPTY);
        }
    }

    @Test
    void holdsAtMostTwentyWatches() {
        var cart = new GuestCart(ListingId.all(
                java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList()));
        assertThatThrownBy(() -> cart.with(id(21))).isInstanceOf(GuestCart.CartFull.class);
        assertThat(cart.with(id(20))).isEqualTo(cart);
        assertThat(new GuestCart(List.of(id(3), id(3))).listingIds()).containsExactly(id(3));
    }

    private static ListingId id(long value) {
        return new ListingId(value);
    }
}
