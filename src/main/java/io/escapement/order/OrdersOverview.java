package io.escapement.order;

import io.escapement.account.spi.AccountOverview;
import io.escapement.vault.SubjectId;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** The buyer's orders by state, with counts, first on the account page. */
@Component
class OrdersOverview implements AccountOverview {

    private final Orders orders;

    OrdersOverview(Orders orders) {
        this.orders = orders;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public Section section(SubjectId buyer) {
        var counts = orders.countsOf(buyer);
        return new Section(
                "hub.orders",
                Arrays.stream(OrderFilter.values())
                        .map(filter -> new Link(
                                "hub-orders-" + filter.slug(),
                                "/account/orders?state=" + filter.slug(),
                                "orders.state." + filter.slug(),
                                counts.get(filter)))
                        .toList());
    }
}
