package io.escapement.cart;

import io.escapement.account.spi.AccountOverview;
import io.escapement.vault.SubjectId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The cart, with the number of watches in it, on the account page. */
@Component
class CartOverview implements AccountOverview {

    private final Carts carts;

    CartOverview(Carts carts) {
        this.carts = carts;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public Section section(SubjectId buyer) {
        return new Section(
                "hub.shopping", List.of(new Link("hub-cart", "/cart", "cart.title", (long) carts.count(buyer))));
    }
}
