package io.escapement.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuestCartTests {

    @Test
    void roundTripsThroughItsCookieValue() {
        var cart = GuestCart.EMPTY.with(12).with(905).with(12);
        assertThat(cart.listingIds()).containsExactly(12L, 905L);
        assertThat(cart.toCookie()).isEqualTo("12.905");
        assertThat(GuestCart.fromCookie("12.905")).isEqualTo(cart);
        assertThat(cart.without(12).listingIds()).containsExactly(905L);
    }

    @Test
    void readsAnythingUnreadableAsAnEmptyCart() {
        for (var value : new String[] {"", "abc", "1..2", "1.2.", "-5", "1".repeat(30), null}) {
            assertThat(GuestCart.fromCookie(value)).as(String.valueOf(value)).isEqualTo(GuestCart.EMPTY);
        }
    }

    @Test
    void holdsAtMostTwentyWatches() {
        var cart = new GuestCart(
                java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        assertThatThrownBy(() -> cart.with(21)).isInstanceOf(GuestCart.CartFull.class);
        assertThat(cart.with(20)).isEqualTo(cart);
        assertThat(new GuestCart(List.of(3L, 3L)).listingIds()).containsExactly(3L);
    }
}
