package io.escapement.order;

import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A buyer's own orders (U-2): nobody else's order is ever found, not even to say it exists. */
@Service
public class BuyerOrders {

    /** The most orders one list shows. */
    public static final int PAGE = 50;

    private final Orders orders;

    BuyerOrders(Orders orders) {
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public List<Order> list(SubjectId buyer, OrderFilter filter) {
        return orders.ofBuyer(buyer, filter, PAGE);
    }

    @Transactional(readOnly = true)
    public Optional<Order> find(SubjectId buyer, OrderNumber number) {
        return orders.find(buyer, number);
    }
}
