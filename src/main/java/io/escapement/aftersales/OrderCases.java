package io.escapement.aftersales;

import io.escapement.order.OrderId;
import io.escapement.order.spi.AfterSalesCases;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the merchant's order page about the order's return case. */
@Component
class OrderCases implements AfterSalesCases {

    private final ReturnCases cases;

    OrderCases(ReturnCases cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Case> of(OrderId order) {
        return cases.ofOrder(order)
                .map(c -> new Case(c.id().reference(), c.state().name()));
    }
}
